package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.draft.eval.ReplayServer.Reply;
import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecDrafterTest {

    private static final String KEY = "sk-test-SECRET-77aa";
    private static final Path CASES = Path.of("src/test/resources/draft-eval");

    @TempDir
    Path project;
    private Path specs;
    private ReplayServer server;
    private final CapturingLog log = new CapturingLog();

    @BeforeEach
    void setUp() throws IOException {
        specs = project.resolve("specs");
        Files.createDirectories(specs);
        Files.copy(CASES.resolve("member-two-sources/specs/coverage.yml"), specs.resolve("coverage.yml"));
        Files.copy(CASES.resolve("member-two-sources/narrative.md"), specs.resolve("member.md"));
        server = ReplayServer.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
        assertThat(log.all()).doesNotContain(KEY).doesNotContain("legacy Facets system keeps");
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // binary files too (the spec cache): decoded leniently, an ASCII key keeps its bytes
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8))
                        .doesNotContain(KEY);
            }
        }
        // draft never writes generated models
        assertThat(project.resolve("models")).doesNotExist();
    }

    private static String reply(String caseName, int n) throws IOException {
        return Files.readString(CASES.resolve(caseName + "/replies/" + n + ".content.json"));
    }

    private SpecDrafter drafter(URI url) {
        ChatSettings settings = ChatSettings.of(url, "gpt-test").withTimeout(Duration.ofSeconds(5))
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(5));
        return new SpecDrafter(new OpenAiChatClient(settings, ApiKey.of(KEY, "environment variable OPENAI_API_KEY"),
                log, d -> { }), log);
    }

    private DraftRequest request() throws IOException {
        return new DraftRequest(project, specs, NamingConventions.defaults(),
                Narrative.read(specs.resolve("member.md"), "specs/member.md"), 2, false, "gpt-test");
    }

    @Test
    void aGoodReplyBecomesAReviewableDraft() throws Exception {
        URI url = server.script("good", List.of(Reply.content(reply("member-two-sources", 1))));

        DraftResult result = drafter(url).draft(request());

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(1);
        assertThat(Files.readString(specs.resolve("member.draft.yml"))).isEqualTo("""
                # DRAFT written by dv:draft from specs/member.md (model gpt-test). Review it before use.
                # dv:generate and dv:verify ignore this file until it is approved: mvn dv:approve -Ddv.approve.entity=member
                # (or rename it to member.yml). Delete these comments once the questions are settled.
                #
                # Assumptions:
                # - Social security number is stored as attribute ssn.
                # - Demographics and address are separate satellites because they change at different rates.
                #
                # Open questions:
                # - none

                entity:
                  name: member
                  description: "Person covered by one of our health plans"

                hub:
                  business_key: [member_id]
                  business_key_type: simple
                  sources: [legacy_facets, gemstone_facets]

                satellites:
                  - name: demographics
                    attributes: [first_name, last_name, birth_date, gender, ssn]
                    sources: [legacy_facets, gemstone_facets]
                  - name: address
                    attributes: [address_line1, address_line2, city, state, zip]
                    sources: [legacy_facets, gemstone_facets]

                links:
                  - name: member_coverage
                    related_hub: coverage
                    relationship_type: many_to_many
                    sources: [legacy_facets, gemstone_facets]
                    related_keys:
                      legacy_facets: cmc_cspi_id
                      gemstone_facets: coverage_id

                source_mappings:
                  legacy_facets:
                    schema: legacy_facets_history
                    table: facets_member
                    key_field: cmc_meme_ck
                  gemstone_facets:
                    schema: gemstone_facets_history
                    table: gms_member
                    key_field: member_id
                """);
        // the prompt carried the narrative (without its marker) and the existing coverage spec as context
        String prompt = server.requests("good").get(0).prompt();
        assertThat(prompt).contains("- coverage: business_key [coverage_id]; sources: legacy_facets "
                + "(legacy_facets_history.facets_coverage, key cmc_cspi_id), gemstone_facets "
                + "(gemstone_facets_history.gms_coverage, key coverage_id)")
                .contains("A member is a person covered").doesNotContain("dv:narrative");
        assertThat(log.at("INFO")).containsExactly(
                "[INFO] Drafting specs from specs/member.md with model gpt-test (1 existing entity as context, up to "
                        + "2 repair rounds)",
                "[INFO] Round 1: the draft is valid",
                "[INFO] Wrote specs/member.draft.yml (valid, 2 assumptions, 0 open questions)",
                "[INFO] Drafted 1 spec in 1 round. Review, then approve with dv:approve -Ddv.approve.entity=member "
                        + "(or rename the file to drop .draft)");
        // the loader still ignores the draft
        assertThat(DesignLoader.load(project, specs, NamingConventions.defaults()).specFiles())
                .containsExactly("specs/coverage.yml");
    }

    @Test
    void anApprovedDraftIsAcceptedByGenerate() throws Exception {
        URI url = server.script("good", List.of(Reply.content(reply("member-two-sources", 1))));
        drafter(url).draft(request());

        List<Path> approved = new DraftApprover(log).approve(project, specs, NamingConventions.defaults(), "member");

        assertThat(approved).containsExactly(specs.resolve("member.yml"));
        assertThat(specs.resolve("member.draft.yml")).doesNotExist();
        DesignResult design = DesignLoader.load(project, specs, NamingConventions.defaults());
        assertThat(design.diagnostics()).isEmpty();
        new DvGenerator().generate(new GenerateRequest(project, specs, project.resolve("target/dv"),
                NamingConventions.defaults(), null, false, null, true, "test"), DvLog.silent());
        assertThat(project.resolve("models/integration/hubs/h_member.sql")).exists();
        assertThat(project.resolve("models/integration/links/l_member_coverage.sql")).exists();
        // generate wrote these, not draft (tearDown checks that draft writes nothing under models/)
        deleteTree(project.resolve("models"));
    }

    @Test
    void malformedJsonOnEveryRoundWritesNothingAndFails() throws Exception {
        URI url = server.script("malformed", List.of(Reply.content(reply("pharmacy-fill-malformed-first", 1))));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftException.Reason.DRAFT_INVALID);
                    assertThat(e.diagnostics()).extracting(Diagnostic::format).containsExactly(
                            "model reply: the reply is not valid JSON: line 1, column 187: unexpected end of input "
                                    + "inside an array (reply with only the JSON object the schema describes)");
                    assertThat(e.writtenFiles()).isEmpty();
                })
                .hasMessage("the model's reply could not be read as spec drafts after 3 rounds (2 repairs); nothing "
                        + "was written");
        assertThat(server.requests("malformed")).hasSize(3);
        assertThat(server.requests("malformed").get(1).prompt())
                .contains("Your reply has 1 error. No spec could be read from it:\n- model reply: the reply is not "
                        + "valid JSON: line 1, column 187");
        assertThat(specs.resolve("member.draft.yml")).doesNotExist();
    }

    @Test
    void malformedJsonThenAGoodReplyIsRepaired() throws Exception {
        URI url = server.script("recovering", List.of(Reply.content("{\"drafts\": [{\"spec\": "),
                Reply.content(reply("member-two-sources", 1))));

        DraftResult result = drafter(url).draft(request());

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(specs.resolve("member.draft.yml")).exists();
    }

    @Test
    void aSchemaViolationIsFixedInOneRepairRound() throws Exception {
        String broken = reply("member-two-sources", 1).replace("\"key_field\": \"cmc_meme_ck\"",
                "\"key_field\": \"cmc_meme_ck\", \"primary\": true");
        URI url = server.script("repair", List.of(Reply.content(broken), Reply.content(reply("member-two-sources",
                1))));

        DraftResult result = drafter(url).draft(request());

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(2);
        List<ReplayServer.Request> requests = server.requests("repair");
        assertThat(requests).hasSize(2);
        String repair = requests.get(1).prompt();
        assertThat(repair).contains("assistant: " + broken)
                .contains("Your reply has 1 error. Locations (file:line:column) refer to your drafts rendered as "
                        + "YAML, shown below with line numbers.\n- specs/member.draft.yml:43:5: unknown key "
                        + "'primary' in source mapping 'legacy_facets'")
                .contains("  43 |     primary: true");
        assertThat(log.at("INFO")).contains("[INFO] Round 1: 1 error; sending them back (repair round 1 of 2)",
                "[INFO] Round 2: the draft is valid");
    }

    @Test
    void aReplyThatNeverValidatesIsWrittenWithItsErrorsAndFails() throws Exception {
        String broken = reply("member-two-sources", 1).replace("\"related_hub\": \"coverage\"",
                "\"related_hub\": \"covrage\"");
        URI url = server.script("hopeless", List.of(Reply.content(broken)));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftException.Reason.DRAFT_INVALID);
                    assertThat(e.writtenFiles()).containsExactly(specs.resolve("member.draft.yml"));
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).format()).startsWith(
                            "specs/member.draft.yml:34:18: link 'member_coverage' relates to unknown entity "
                                    + "'covrage'");
                })
                .hasMessage("the draft is still invalid after 3 rounds (2 repairs); it was written with the "
                        + "remaining errors listed at the top for review");
        assertThat(server.requests("hopeless")).hasSize(3);
        List<String> lines = Files.readAllLines(specs.resolve("member.draft.yml"), StandardCharsets.UTF_8);
        assertThat(lines.subList(10, 14)).containsExactly("#",
                "# Validation errors (fix them, then run dv:approve, which checks again):",
                lines.get(12), "");
        assertThat(lines.get(12)).startsWith("# - specs/member.draft.yml:34:18: link 'member_coverage' relates "
                + "to unknown entity 'covrage'");
        // the location points at the line as written, below the error list
        assertThat(lines.get(33)).isEqualTo("    related_hub: covrage");
        assertThat(log.at("INFO")).contains("[INFO] Wrote specs/member.draft.yml (1 error, 2 assumptions, 0 open "
                + "questions)");

        // approving it is refused with the same error
        assertThatThrownBy(() -> new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                "member"))
                .isInstanceOfSatisfying(DraftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftException.Reason.APPROVE_INVALID);
                    assertThat(e.diagnostics().get(0).format()).startsWith("specs/member.draft.yml:34:18: link "
                            + "'member_coverage' relates to unknown entity 'covrage'");
                })
                .hasMessage("the draft has 1 error; nothing was approved");
        assertThat(specs.resolve("member.yml")).doesNotExist();
    }

    @Test
    void anExistingDraftIsNotOverwritten() throws Exception {
        Files.writeString(specs.resolve("member.draft.yml"), "# edited by a reviewer\n");
        URI url = server.script("again", List.of(Reply.content(reply("member-two-sources", 1))));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                        .isEqualTo(DraftException.Reason.DRAFT_EXISTS))
                .hasMessage("specs/member.draft.yml exists already (from an earlier run, maybe edited since); "
                        + "nothing was written. Review and approve it, delete it, or allow overwriting it");
        assertThat(Files.readString(specs.resolve("member.draft.yml"))).isEqualTo("# edited by a reviewer\n");
    }

    @Test
    void aDraftOfTheSameNarrativeStopsTheRunBeforeAnyRequest() throws Exception {
        URI url = server.script("first", List.of(Reply.content(reply("member-two-sources", 1))));
        drafter(url).draft(request());
        String written = Files.readString(specs.resolve("member.draft.yml"));
        URI again = server.script("second", List.of(Reply.content(reply("member-two-sources", 1))));

        assertThatThrownBy(() -> drafter(again).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                        .isEqualTo(DraftException.Reason.DRAFT_EXISTS))
                .hasMessage("specs/member.draft.yml was drafted from specs/member.md already (maybe edited since); "
                        + "nothing was sent. Review and approve it, delete it, or allow overwriting it");
        assertThat(server.requests("second")).isEmpty();
        assertThat(Files.readString(specs.resolve("member.draft.yml"))).isEqualTo(written);
    }

    @Test
    void aTooLongEntityNameIsAValidationErrorSentBackForRepair() throws Exception {
        String good = reply("member-two-sources", 1);
        String longName = "m".repeat(300);
        URI url = server.script("long", List.of(Reply.content(good.replace("\"name\": \"member\"",
                "\"name\": \"" + longName + "\"")), Reply.content(good)));

        DraftResult result = drafter(url).draft(request());

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(2);
        assertThat(server.requests("long").get(1).prompt())
                .contains("(300 characters) is not a lower snake_case name of at most 63 characters");
        assertThat(specs.resolve("member.draft.yml")).exists();
        assertThat(log.all()).doesNotContain("File name too long").doesNotContain("dv-draft-");
    }

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

    @Test
    void proseAroundAFencedReplyCostsNoRound() throws Exception {
        URI url = server.script("prose", List.of(Reply.content("Here are the specs you asked for:\n\n```json\n"
                + reply("member-two-sources", 1) + "\n```\nLet me know if anything should change.")));

        DraftResult result = drafter(url).draft(request());

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(1);
    }

    @Test
    void invalidExistingSpecsStopBeforeAnyRequest() throws Exception {
        Files.writeString(specs.resolve("broken.yml"), "entity: {name: broken}\n");
        URI url = server.script("unused", List.of(Reply.content("{}")));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DraftException.Reason.EXISTING_SPECS_INVALID);
                    assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.location().file())
                            .isEqualTo("specs/broken.yml"));
                });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aFailedFirstRequestIsTheChatError() throws Exception {
        URI url = server.script("denied", List.of(Reply.status(401, "{\"error\":{\"message\":\"bad key\"}}")));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.kind())
                        .isEqualTo(ChatException.Kind.UNAUTHORIZED));
        assertThat(specs.resolve("member.draft.yml")).doesNotExist();
    }

    @Test
    void aFailedRepairRequestKeepsTheDraftWithItsErrors() throws Exception {
        String broken = reply("member-two-sources", 1).replace("\"related_hub\": \"coverage\"",
                "\"related_hub\": \"covrage\"");
        URI url = server.script("flaky", List.of(Reply.content(broken), Reply.status(404, "")));

        assertThatThrownBy(() -> drafter(url).draft(request()))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.writtenFiles())
                        .containsExactly(specs.resolve("member.draft.yml")))
                .hasMessageStartingWith("the draft is still invalid after 1 round (repair round 1 failed: the chat "
                        + "endpoint answered HTTP 404 (not found)");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
