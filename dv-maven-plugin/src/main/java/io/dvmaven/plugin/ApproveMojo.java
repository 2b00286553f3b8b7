package io.dvmaven.plugin;

import io.dvmaven.draft.DraftApprover;
import io.dvmaven.model.DvLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The review gate: after a person has read a draft written by dv:draft, turns
 * {@code specs/<entity>.draft.yml} into {@code specs/<entity>.yml} (without the draft marker) so that dv:generate
 * uses it, and records who approved what (hashes of narrative and spec) in {@code dv-approvals.json}. Checks the draft
 * again with the project's specs first and refuses when it has errors or when {@code <entity>.yml} exists. Renaming
 * the file by hand does the same without the check.
 */
@Mojo(name = "approve", threadSafe = true)
public class ApproveMojo extends AbstractDvMojo {

    /**
     * Skips only this goal.
     *
     * <p>Default: {@code false}. Property: {@code dv.approve.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APPROVE_SKIP, defaultValue = "false")
    private boolean approveSkip;

    /**
     * The entity whose draft to approve, or {@code all} for every draft in the spec directory (all or nothing;
     * needed when drafts link to each other).
     *
     * <p>Required. Property: {@code dv.approve.entity}. Example: {@code mvn dv:approve -Ddv.approve.entity=member}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APPROVE_ENTITY, required = true)
    private String entity;

    /**
     * Who approves, as recorded in {@code dv-approvals.json}.
     *
     * <p>Default: {@code git config user.name} in the project, else the operating-system user. Property:
     * {@code dv.approve.by}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.APPROVE_BY)
    private String by;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        String approvedBy = by != null && !by.isBlank() ? by.strip() : GitIdentity.userName(dbtProjectDirectory());
        new DraftApprover(log).approve(dbtProjectDirectory(), specDirectory(), namingConventions(), entity.strip(),
                approvedBy, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    protected String goal() {
        return "approve";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return approveSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.APPROVE_SKIP;
    }
}
