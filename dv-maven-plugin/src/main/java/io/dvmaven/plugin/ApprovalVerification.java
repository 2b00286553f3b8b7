package io.dvmaven.plugin;

import io.dvmaven.draft.ApprovalLedger;
import io.dvmaven.model.DvLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/** dv:verify's check of the review gate: approved specs edited since approval are a warning, or a failure. */
final class ApprovalVerification {

    private ApprovalVerification() {
    }

    static void check(Path project, boolean fail, DvLog log) throws MojoFailureException, MojoExecutionException {
        List<String> edited;
        try {
            edited = new ApprovalLedger(project).editedSinceApproval(project);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + ApprovalLedger.FILE_NAME + ": " + e.getMessage());
        }
        if (edited.isEmpty()) {
            return;
        }
        String message = edited.size() + " approved spec" + (edited.size() == 1 ? " was" : "s were")
                + " changed since approval (" + ApprovalLedger.FILE_NAME + "):\n" + String.join("\n", edited)
                + "\nReview each change, then record it with mvn dv:approve -D" + PropertyNames.APPROVE_ENTITY
                + "=<entity>, or restore the approved version";
        if (fail) {
            throw new MojoFailureException("dv:verify: " + message + " (-D"
                    + PropertyNames.VERIFY_FAIL_ON_EDITED_APPROVALS + "=false only warns)");
        }
        message.lines().forEach(log::warn);
    }
}
