package io.dvmaven.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns approved narrative/spec pairs ({@link ApprovalLedger}) into evaluation cases: {@code <case>/narrative.md},
 * {@code <case>/expected/<entity>.yml} and the project's other approved specs as {@code <case>/specs/} (what the
 * draft may link to). Existing case directories are left alone.
 */
public final class EvalCaseExport {

    private EvalCaseExport() {
    }

    /** @return the names of the cases added */
    public static List<String> fromApprovals(Path projectDirectory, Path evalDirectory) throws IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        List<ApprovalLedger.Approval> approvals = new ApprovalLedger(project).read();
        List<String> added = new ArrayList<>();
        for (ApprovalLedger.Approval approval : approvals) {
            if (approval.narrative() == null) {
                continue;
            }
            Path narrative = project.resolve(approval.narrative()).normalize();
            Path spec = project.resolve(approval.spec()).normalize();
            Path folder = evalDirectory.resolve(approval.entity());
            if (!narrative.startsWith(project) || !spec.startsWith(project) || !Files.isRegularFile(narrative)
                    || !Files.isRegularFile(spec) || Files.exists(folder)) {
                continue;
            }
            Files.createDirectories(folder.resolve("expected"));
            Files.copy(narrative, folder.resolve("narrative.md"));
            Files.copy(spec, folder.resolve("expected").resolve(approval.entity() + ".yml"));
            for (ApprovalLedger.Approval other : approvals) {
                Path otherSpec = project.resolve(other.spec()).normalize();
                if (!other.entity().equals(approval.entity()) && otherSpec.startsWith(project)
                        && Files.isRegularFile(otherSpec)) {
                    Files.createDirectories(folder.resolve("specs"));
                    Files.copy(otherSpec, folder.resolve("specs").resolve(other.entity() + ".yml"));
                }
            }
            added.add(approval.entity());
        }
        return added;
    }
}
