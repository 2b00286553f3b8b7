package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.draft.eval.EvalCase;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class DraftFeedbackTest {

    private static final Path GOLDEN = Path.of("src/test/resources/draft-eval/provider-single-source/expected/"
            + "provider.yml");
    private static final String HEADER = "# DRAFT written by dv:draft from specs/provider.md (model gpt-test). Review it "
            + "before use.\n# dv:generate and dv:verify ignore this file until it is approved\n# (or rename it)\n#\n"
            + "# Assumptions:\n# - none\n#\n# Open questions:\n# - none\n\n";

    @TempDir
    Path project;
    private final CapturingLog log = new CapturingLog();

    @SuppressWarnings("unchecked")
    private void draft(String reviewed) throws Exception {
        Path specs = project.resolve("specs");
        Files.createDirectories(specs);
        Files.writeString(specs.resolve("provider.md"), "<!-- dv:narrative -->\nProviders ...\n");
        Map<String, Object> modelSpec = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(GOLDEN));
        DraftFeedback.keepDrafted(project, "provider", modelSpec);
        Files.writeString(specs.resolve("provider.draft.yml"), HEADER + reviewed);
    }

    @Test
    void reviewerEditsAreRecordedPerFieldAndReported() throws Exception {
        draft(Files.readString(GOLDEN).replace("phone_number", "phone").replace("table: providers",
                "table: provider_master"));

        new DraftApprover(log).approve(project, project.resolve("specs"), NamingConventions.defaults(), "provider",
                "ann", Instant.parse("2026-01-02T03:04:05Z"));

        String line = Files.readString(project.resolve("dv-feedback/provider.log"));
        assertThat(line).isEqualTo("{\"approved_at\":\"2026-01-02T03:04:05Z\",\"approved_by\":\"ann\",\"entity\":"
                + "\"provider\",\"model\":\"gpt-test\",\"edited\":true,\"fields\":{\"attributes\":{\"added\":"
                + "[\"provider.profile.phone\"],\"removed\":[\"provider.profile.phone_number\"]},\"sources\":"
                + "{\"changed\":[\"provider.provider_registry = registry_raw.providers -> registry_raw.provider_master\"]}},"
                + "\"tests\":0}\n");
        assertThat(project.resolve("dv-feedback/provider.drafted.json")).doesNotExist();
        assertThat(log.lines).contains("[INFO] Recorded the review's edits in dv-feedback/provider.log (edited: "
                + "attributes, sources)");

        // a second request, approved as drafted
        Files.delete(project.resolve("specs/provider.yml"));
        draft(Files.readString(GOLDEN));
        new DraftApprover(log).approve(project, project.resolve("specs"), NamingConventions.defaults(), "provider",
                "bob", Instant.parse("2026-01-05T00:00:00Z"));

        assertThat(FeedbackReport.lines(project)).containsExactly(
                "Drafting feedback: 2 approved drafts",
                "approved at          entity                   by               edited  tests  edits",
                "2026-01-02T03:04:05Z provider                 ann              yes         0  attributes 2, sources 1",
                "2026-01-05T00:00:00Z provider                 bob              no          0  -",
                "Approved without edits: 1 of 2 (50%)",
                "Edits per field: attributes 2, sources 1",
                "Tests per request: 0.0");
    }

    @Test
    void approvedPairsBecomeEvaluationCases() throws Exception {
        draft(Files.readString(GOLDEN));
        new DraftApprover(log).approve(project, project.resolve("specs"), NamingConventions.defaults(), "provider",
                "ann", Instant.parse("2026-01-02T03:04:05Z"));
        Path evalDirectory = project.resolve("draft-eval");

        List<String> added = EvalCaseExport.fromApprovals(project, evalDirectory);

        assertThat(added).containsExactly("provider");
        assertThat(Files.readString(evalDirectory.resolve("provider/narrative.md")))
                .isEqualTo("<!-- dv:narrative -->\nProviders ...\n");
        assertThat(evalDirectory.resolve("provider/expected/provider.yml"))
                .hasContent(Files.readString(project.resolve("specs/provider.yml")));
        assertThat(EvalCase.load(evalDirectory)).singleElement().satisfies(c -> assertThat(c.name())
                .isEqualTo("provider"));
        // a second export leaves the case alone
        assertThat(EvalCaseExport.fromApprovals(project, evalDirectory)).isEmpty();
    }
}
