package io.dvmaven.plugin;

import io.dvmaven.draft.FeedbackReport;
import io.dvmaven.model.DvLog;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the team's drafting metrics from the review feedback dv:approve records ({@code dv-feedback/*.log}):
 * every approved draft over time with its edits per field and tests, the share approved without edits, edits per
 * field and tests per request. Read-only.
 */
@Mojo(name = "draft-report", threadSafe = true)
public class DraftReportMojo extends AbstractDvMojo {

    /**
     * Skips only this goal.
     *
     * <p>Default: {@code false}. Property: {@code dv.draftReport.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_REPORT_SKIP, defaultValue = "false")
    private boolean draftReportSkip;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        FeedbackReport.lines(dbtProjectDirectory()).forEach(log::info);
    }

    @Override
    protected String goal() {
        return "draft-report";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return draftReportSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DRAFT_REPORT_SKIP;
    }
}
