package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void renamesAValidDraftKeepingItsBytesAndWarnsAboutOpenQuestions() throws IOException, DraftException {
        draft("provider", "provider-single-source", "provider.yml");
        String before = Files.readString(specs.resolve("provider.draft.yml"));

        List<Path> approved = new DraftApprover(log).approve(project, specs, NamingConventions.defaults(),
                "provider");

        assertThat(approved).containsExactly(specs.resolve("provider.yml"));
        assertThat(Files.readString(specs.resolve("provider.yml"))).isEqualTo(before);
        assertThat(log.lines).containsExactly(
                "[INFO] Approved specs/provider.draft.yml -> specs/provider.yml",
                "[WARN] The approved spec still lists 2 open questions in the header comments; settle them and "
                        + "delete the comments");
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
