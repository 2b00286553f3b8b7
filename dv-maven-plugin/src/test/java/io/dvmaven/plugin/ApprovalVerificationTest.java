package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.ApprovalLedger;
import io.dvmaven.model.DvLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalVerificationTest {

    @TempDir
    Path project;

    @Test
    void anEditedApprovedSpecWarnsOrFailsWhenConfigured() throws Exception {
        Path spec = project.resolve("specs/member.yml");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, "entity: {name: member}\n");
        new ApprovalLedger(project).record(List.of(new ApprovalLedger.Approval("member", "specs/member.yml", "ann",
                "2026-01-02T03:04:05Z", "gpt-test", "specs/member.md", null,
                ApprovalLedger.sha256(Files.readAllBytes(spec)))));
        List<String> warnings = new ArrayList<>();
        DvLog log = new DvLog() {
            @Override
            public void debug(java.util.function.Supplier<String> message) {
            }

            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void error(String message) {
                warnings.add(message);
            }
        };

        ApprovalVerification.check(project, true, log);
        assertThat(warnings).isEmpty();

        Files.writeString(spec, "entity: {name: member, description: edited}\n");
        ApprovalVerification.check(project, false, log);
        assertThat(warnings.get(0)).isEqualTo("1 approved spec was changed since approval (dv-approvals.json):");
        assertThat(warnings.get(1)).startsWith("specs/member.yml: edited since ann approved it at 2026-01-02T03:04:05Z");
        assertThatThrownBy(() -> ApprovalVerification.check(project, true, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("specs/member.yml: edited since ann approved it")
                .hasMessageContaining("-Ddv.verify.failOnEditedApprovals=false only warns");
    }
}
