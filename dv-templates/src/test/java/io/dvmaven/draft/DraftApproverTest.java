package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftApproverTest {

    private static final Path CASES = Path.of("src/test/resources/draft-eval");
    private static final String HEADER = "# DRAFT written by dv:draft from x.md (model m). Review it before use.\n"
            + "#\n# Assumptions:\n# - none\n#\n# Open questions:\n# - Which key?\n# - Which table?\n\n";

    @TempDir
    Path project;
    private Path specs;
    private final CapturingLog log = new CapturingLog();

    @BeforeEach
    void setUp() throws IOException {
        specs = project.resolve("specs");
        Files.createDirectories(specs);
    }

    private void draft(String name, String caseName, String golden) throws IOException {
        Files.writeString(specs.resolve(name + ".draft.yml"), HEADER
                + Files.readString(CASES.resolve(caseName + "/expected/" + golden)));
    }

    @Test
    void approvesWithoutTheDraftMarkerRecordsWhoWhatAndWhenAndWarnsAboutOpenQuestions() throws Exception {
        draft("provider", "provider-single-source", "provider.yml");
        Files.writeString(project.resolve("x.md"), "narrative\n");
        String before = Files.readString(specs.resolve("provider.draft.yml"));

        List<Path> approved = new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                "provider", "Ann Reviewer", Instant.parse("2026-01-02T03:04:05Z"));

        assertThat(approved).containsExactly(specs.resolve("provider.yml"));
        String spec = Files.readString(specs.resolve("provider.yml"));
        assertThat(spec).isEqualTo(before.substring(before.indexOf("# Assumptions:")))
                .doesNotContain("DRAFT").doesNotContain("ignore");
        assertThat(specs.resolve("provider.draft.yml")).doesNotExist();
        ApprovalLedger.Approval record = new ApprovalLedger(project).read().get(0);
        assertThat(record).isEqualTo(new ApprovalLedger.Approval("provider", "specs/provider.yml", "Ann Reviewer",
                "2026-01-02T03:04:05Z", "m", "x.md", ApprovalLedger.sha256("narrative\n".getBytes()),
                ApprovalLedger.sha256(spec.getBytes())));
        assertThat(log.lines).containsExactly(
                "[INFO] Approved specs/provider.draft.yml -> specs/provider.yml",
                "[INFO] Recorded the approval in dv-approvals.json (by Ann Reviewer); commit it with the spec",
                "[WARN] The approved spec still lists 2 open questions in the header comments; settle them and "
                        + "delete the comments");
    }

    @Test
    void anEditAfterApprovalIsReportedUntilItIsApprovedAgain() throws Exception {
        draft("provider", "provider-single-source", "provider.yml");
        new DraftApprover(log).approve(project, specs, NamingConventions.defaults(), "provider", "ann",
                Instant.parse("2026-01-02T03:04:05Z"));
        ApprovalLedger ledger = new ApprovalLedger(project);
        assertThat(ledger.editedSinceApproval(project)).isEmpty();

        Files.writeString(specs.resolve("provider.yml"), Files.readString(specs.resolve("provider.yml"))
                .replace("npi", "npi_number"));

        assertThat(ledger.editedSinceApproval(project)).singleElement().asString()
                .startsWith("specs/provider.yml: edited since ann approved it at 2026-01-02T03:04:05Z (hash ");

        new DraftApprover(log).approve(project, specs, NamingConventions.defaults(), "provider", "bob",
                Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(ledger.editedSinceApproval(project)).isEmpty();
        assertThat(ledger.read()).singleElement().satisfies(a -> {
            assertThat(a.approvedBy()).isEqualTo("bob");
            assertThat(a.narrative()).isEqualTo("x.md");
        });
    }

    @Test
    void entityParametersAreNamesNeverPaths() throws IOException {
        Files.createDirectories(project.resolve("x"));
        Files.writeString(project.resolve("x/evil.draft.yml"), "entity: {name: evil}\n");

        for (String entity : List.of("../x/evil", "../../x", "a/b", "Member")) {
            assertThatThrownBy(() -> new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                    entity))
                    .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                            .isEqualTo(DraftException.Reason.NO_DRAFT))
                    .hasMessageStartingWith("entity '" + entity + "' is not an entity name");
        }
        assertThat(project.resolve("x/evil.draft.yml")).exists();
        assertThat(project.resolve("x/evil.yml")).doesNotExist();
    }

    @Test
    void refusesWhenTheSpecExists() throws IOException {
        draft("provider", "provider-single-source", "provider.yml");
        Files.writeString(specs.resolve("provider.yml"), "# hand-written\n");

        assertThatThrownBy(() -> new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                "provider"))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                        .isEqualTo(DraftException.Reason.TARGET_EXISTS))
                .hasMessage("specs/provider.yml exists already; nothing was approved. Merge the draft into it by "
                        + "hand, or delete the existing spec first");
        assertThat(Files.readString(specs.resolve("provider.yml"))).isEqualTo("# hand-written\n");
        assertThat(specs.resolve("provider.draft.yml")).exists();
    }

    @Test
    void allApprovesDraftsThatLinkToEachOtherTogether() throws IOException, DraftException {
        draft("claim", "claim-three-hub-link", "claim.yml");
        Files.copy(CASES.resolve("claim-three-hub-link/specs/member.yml"), specs.resolve("member.draft.yml"));
        Files.copy(CASES.resolve("claim-three-hub-link/specs/provider.yml"), specs.resolve("provider.draft.yml"));

        // claim alone cannot be approved: its link points at entities that are still drafts
        assertThatThrownBy(() -> new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                "claim"))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.diagnostics())
                        .anySatisfy(d -> assertThat(d.format()).startsWith("specs/claim.draft.yml:")
                                .contains("unknown entity 'member'")));

        List<Path> approved = new DraftApprover(log).approve(project, specs, NamingConventions.defaults(), "all");

        assertThat(approved).containsExactly(specs.resolve("claim.yml"), specs.resolve("member.yml"),
                specs.resolve("provider.yml"));
    }

    @Test
    void namesTheAvailableDraftsWhenTheEntityHasNone() throws IOException {
        draft("provider", "provider-single-source", "provider.yml");

        assertThatThrownBy(() -> new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                "member"))
                .isInstanceOfSatisfying(DraftException.class, e -> assertThat(e.reason())
                        .isEqualTo(DraftException.Reason.NO_DRAFT))
                .hasMessage("specs/member.draft.yml does not exist (drafts: provider, or all)");
        assertThatThrownBy(() -> new DraftApprover(log).approve(project, project.resolve("empty"),
                NamingConventions.defaults(), "all"))
                .hasMessage("there is no *.draft.yml file in empty");
    }
}
