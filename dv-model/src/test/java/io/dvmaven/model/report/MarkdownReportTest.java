package io.dvmaven.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path target;

    @Test
    void summarisesAndEscapesTableCells() {
        String md = MarkdownReport.render(ReportFixtures.outcome());

        assertThat(md).startsWith("# dv:verify report\n\n**Result: FAILED** (dv-maven-plugin 0.1.0-SNAPSHOT)\n");
        assertThat(md).contains("| Models checked | 2 (1 generated, 1 hand-written) |",
                "| Naming rules | 1 errors, 0 warnings, 0 info, 1 suppressed |",
                "| Drift | 1 edited |",
                "| dbt | dbt compile: 2 nodes, 1 errors, 0 failures |",
                "| ERROR | DV001 | `models/integration/hubs/hub_x.sql:1:1` | hub 'hub_x' must start with \"h_\" & &lt;not&gt;"
                        + " hub_ | rename it \\| move it | hand-written |",
                "| model.member.l_member_coverage | `models/integration/links/l_member_coverage.sql` | error | 0.25 |"
                        + " Compilation Error in model l_member_coverage   'automate_dv' is undefined &lt; & &gt; |",
                "| DV010 | OFF | WARNING | models are documented |");
    }

    @Test
    void writesEveryReportFile() throws Exception {
        var written = VerifyReports.write(target, ReportFixtures.outcome());

        assertThat(written).containsExactly(target.resolve("dv/verify-report.md"), target.resolve("dv/verify-report.json"),
                target.resolve("dv/verify.sarif"), target.resolve("dv-reports/TEST-dv-rules.xml"),
                target.resolve("dv-reports/TEST-dv-dbt.xml"));
        assertThat(Files.readString(target.resolve("dv/verify-report.json")))
                .isEqualTo(JsonReport.render(ReportFixtures.outcome()));
    }
}
