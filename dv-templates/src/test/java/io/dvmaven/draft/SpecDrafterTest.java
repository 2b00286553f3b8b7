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
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drafting a spec from a narrative over scripted chat replies: the reviewable draft, repair rounds and failures. */
class SpecDrafterTest extends AbstractSpecDrafterTest {

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

    @Test
    void proseAroundAFencedReplyCostsNoRound() throws Exception {
        URI url = server.script("prose", List.of(Reply.content("Here are the specs you asked for:\n\n```json\n"
                + reply("member-two-sources", 1) + "\n```\nLet me know if anything should change.")));

        DraftResult result = drafter(url).draft(request());

        assertThat(result.valid()).isTrue();
        assertThat(result.rounds()).isEqualTo(1);
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
}
