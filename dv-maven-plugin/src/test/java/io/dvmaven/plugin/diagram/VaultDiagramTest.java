package io.dvmaven.plugin.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.generate.SpecErrorsException;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultDiagramTest {

    static final Path EXAMPLE = Path.of("..", "examples", "member").toAbsolutePath().normalize();

    @TempDir
    Path output;

    @Test
    void writesDiagramPageAndScriptOnceThenNothing() throws Exception {
        VaultDiagram.Result first = VaultDiagram.write(EXAMPLE, EXAMPLE.resolve("specs"),
                NamingConventions.defaults(), output, DvLog.silent());
        VaultDiagram.Result second = VaultDiagram.write(EXAMPLE, EXAMPLE.resolve("specs"),
                NamingConventions.defaults(), output, DvLog.silent());

        assertThat(first.written()).containsExactly("vault.mmd", "vault.html", "mermaid.min.js");
        assertThat(second.written()).isEmpty();
        assertThat(first.tables()).containsExactly("h_coverage", "h_member", "l_member_coverage",
                "s_coverage_details_gemstone_facets", "s_coverage_details_legacy_facets",
                "s_member_address_gemstone_facets", "s_member_address_legacy_facets",
                "s_member_demographics_gemstone_facets", "s_member_demographics_legacy_facets");
        String page = Files.readString(output.resolve("vault.html"));
        assertThat(page).contains("<script src=\"mermaid.min.js\"></script>").doesNotContain("http");
        assertThat(page).contains(
                "<tr data-entity=\"member\" data-tables=\"h_member s_member_address_gemstone_facets",
                "legacy_facets: <code>legacy_facets_history"
                + ".facets_member</code> key <code>cmc_meme_ck</code>", "member_id &rarr; <code>member_bk</code>");
        assertThat(Files.readString(output.resolve("vault.mmd"))).startsWith("erDiagram\n")
                .contains("class h_coverage,h_member hub");
        assertThat(Files.size(output.resolve("mermaid.min.js"))).isGreaterThan(1_000_000);
        assertThat(VaultDiagram.mermaidVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void specErrorsWriteNothing() throws Exception {
        Path project = output.resolve("project");
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/member.mmd"), "erDiagram\n    x_member {\n    }\n");

        assertThatThrownBy(() -> VaultDiagram.write(project, project.resolve("specs"), NamingConventions.defaults(),
                output.resolve("dv"), DvLog.silent()))
                .isInstanceOf(SpecErrorsException.class)
                .hasMessageContaining("specs/member.mmd:2:5: table 'x_member' is not a hub (h_{entity}), link "
                        + "(l_{link}) or satellite (s_{entity}_{group}_{source})");
        assertThat(output.resolve("dv")).doesNotExist();
    }
}
