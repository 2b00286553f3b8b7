package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.draft.eval.ReplayServer.Reply;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drafts checked against the declared dbt sources: only real tables and columns, wrong ones sent back for repair. */
class SpecDrafterSourceColumnsTest extends AbstractSpecDrafterTest {

    private static final String SOURCES = """
            version: 2
            sources:
              - name: legacy_facets
                schema: legacy_facets_history
                tables:
                  - name: facets_member
                    columns: [{name: cmc_meme_ck}, {name: cmc_cspi_id}, {name: first_name}, {name: last_name},
                              {name: birth_date}, {name: gender}, {name: ssn}, {name: address_line1},
                              {name: address_line2}, {name: city}, {name: state}, {name: zip}]
              - name: gemstone_facets_history
                tables:
                  - name: gms_member
                    columns: [{name: member_id}, {name: coverage_id}, {name: first_name}, {name: last_name},
                              {name: birth_date}, {name: gender}, {name: ssn}, {name: address_line1},
                              {name: address_line2}, {name: city}, {name: state}, {name: zip}]
            """;

    @Test
    void aKeyColumnThatDoesNotExistIsSentBackAndRepairedAndTheSchemaOffersOnlyRealColumns() throws Exception {
        Files.createDirectories(project.resolve("models/staging"));
        Files.writeString(project.resolve("models/staging/sources.yml"), SOURCES);
        String good = reply("member-two-sources", 1);
        assertThat(good).contains("\"key_field\": \"cmc_meme_ck\"");
        URI url = server.script("grounded", List.of(Reply.content(good.replace("\"key_field\": \"cmc_meme_ck\"",
                "\"key_field\": \"member_key\"")), Reply.content(good)));
        DraftRequest plain = request();
        DraftRequest request = new DraftRequest(project, specs, plain.naming(), plain.narrative(), 2, false,
                "gpt-test", SourceCatalog.read(project));

        DraftResult result = drafter(url).draft(request);

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(2);
        List<ReplayServer.Request> sent = server.requests("grounded");
        assertThat(sent.get(0).body()).contains("\"table\":{\"description\":")
                .contains("\"enum\":[\"facets_member\",\"gms_member\"]")
                .contains("\"enum\":[\"legacy_facets_history\",\"gemstone_facets_history\"]".replace(
                        "legacy_facets_history\",\"gemstone_facets_history", "gemstone_facets_history\",\""
                                + "legacy_facets_history"));
        assertThat(sent.get(0).prompt()).contains("- legacy_facets_history.facets_member: address_line1, ");
        assertThat(sent.get(1).prompt()).contains("column 'member_key' does not exist in "
                + "legacy_facets_history.facets_member (source 'legacy_facets')")
                .containsPattern("specs/member\\.draft\\.yml:\\d+:\\d+: column 'member_key'");
        // the sources.yml was the test's own (tearDown checks that draft writes nothing under models/)
        deleteTree(project.resolve("models"));
    }

    @Test
    void withToolCallsTheModelFetchesRealColumnsAndAWrongColumnIsStillRepaired() throws Exception {
        Files.createDirectories(project.resolve("models/staging"));
        Files.writeString(project.resolve("models/staging/sources.yml"), SOURCES);
        String good = reply("member-two-sources", 1);
        String toolCall = "{\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":{\"role\":"
                + "\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"fetch_source_columns\",\"arguments\":\"{\\\"source_name\\\":"
                + "\\\"legacy_facets_history\\\",\\\"table_name\\\":\\\"facets_member\\\"}\"}},"
                + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"fetch_source_columns\","
                + "\"arguments\":\"{\\\"source_name\\\":\\\"nope\\\",\\\"table_name\\\":\\\"x\\\"}\"}}]}}]}";
        URI url = server.script("tools", List.of(new Reply(200, java.util.Map.of(), toolCall, Duration.ZERO),
                Reply.content(good.replace("\"key_field\": \"cmc_meme_ck\"", "\"key_field\": \"member_key\"")),
                Reply.content(good)));
        DraftRequest plain = request();
        DraftRequest request = new DraftRequest(project, specs, plain.naming(), plain.narrative(), 2, false,
                "gpt-test", SourceCatalog.read(project));
        ChatSettings settings = ChatSettings.of(url, "gpt-test").withTimeout(Duration.ofSeconds(5));
        SpecDrafter drafter = new SpecDrafter(new OpenAiChatClient(settings, ApiKey.none(), log, d -> { }), log,
                true);

        DraftResult result = drafter.draft(request);

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(2);
        List<ReplayServer.Request> sent = server.requests("tools");
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).body()).contains("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":"
                + "\"list_models\"").contains("\"name\":\"fetch_source_columns\"");
        assertThat(sent.get(1).body()).contains("\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":"
                + "\"[{\\\"name\\\":\\\"address_line1\\\",\\\"data_type\\\":null,\\\"tests\\\":[]}")
                .contains("\"tool_call_id\":\"call_2\",\"content\":\"{\\\"error\\\":\\\"E_NOT_FOUND\\\"");
        assertThat(sent.get(2).prompt()).contains("column 'member_key' does not exist in "
                + "legacy_facets_history.facets_member");
        assertThat(log.all()).contains("The model called tool fetch_source_columns");
        deleteTree(project.resolve("models"));
    }

    @Test
    void aTableThatIsNotDeclaredIsAnError() throws Exception {
        Files.createDirectories(project.resolve("models/staging"));
        Files.writeString(project.resolve("models/staging/sources.yml"), SOURCES);
        String good = reply("member-two-sources", 1);
        URI url = server.script("table", List.of(Reply.content(good.replace("gms_member", "gms_members"))));
        DraftRequest plain = request();
        DraftRequest request = new DraftRequest(project, specs, plain.naming(), plain.narrative(), 0, false,
                "gpt-test", SourceCatalog.read(project));

        assertThatThrownBy(() -> drafter(url).draft(request))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> assertThat(d.format()).contains("uses table "
                                + "gemstone_facets_history.gms_members, which is not a declared source table")));
        deleteTree(project.resolve("models"));
    }
}
