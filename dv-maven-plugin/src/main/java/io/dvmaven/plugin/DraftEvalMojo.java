package io.dvmaven.plugin;

import io.dvmaven.draft.ApiKey;
import io.dvmaven.draft.ChatClient;
import io.dvmaven.draft.ChatSettings;
import io.dvmaven.draft.OpenAiChatClient;
import io.dvmaven.draft.EvalCaseExport;
import io.dvmaven.draft.Sleeper;
import io.dvmaven.draft.eval.DraftEvaluation;
import io.dvmaven.draft.eval.EvalCase;
import io.dvmaven.draft.eval.EvalGate;
import io.dvmaven.draft.eval.EvalReportFiles;
import io.dvmaven.draft.eval.EvalReport;
import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.model.DvLog;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Scores dv:draft on an evaluation set: each case is a narrative with golden specs; the drafts (made exactly as
 * dv:draft makes them, in a temporary project) are compared field by field (entities, business keys, satellites,
 * attributes, links, sources, key columns) and precision/recall are printed per case, per field and overall. Run it
 * after changing the model, the prompt or the plugin to see whether drafts got better or worse.
 */
@Mojo(name = "draft-eval", requiresProject = false, threadSafe = true)
public class DraftEvalMojo extends AbstractChatMojo {

    /**
     * Skips only this goal.
     *
     * <p>Default: {@code false}. Property: {@code dv.draftEval.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_SKIP, defaultValue = "false")
    private boolean draftEvalSkip;

    /**
     * The evaluation set: one sub-directory per case with {@code narrative.md}, {@code expected/*.yml}, optionally
     * {@code specs/*.yml} (existing specs), {@code case.properties} ({@code expectOpenQuestions=true}) and
     * {@code replies/} (recorded replies for {@code replay}).
     *
     * <p>Required. Property: {@code dv.draftEval.directory}. Example:
     * {@code -Ddv.draftEval.directory=dv-templates/src/test/resources/draft-eval}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_DIRECTORY, required = true)
    private File directory;

    /**
     * Answers every case from its recorded replies (a local server on 127.0.0.1) instead of the endpoint: checks
     * the loop and the scoring without network or key.
     *
     * <p>Default: {@code false}. Property: {@code dv.draftEval.replay}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_REPLAY, defaultValue = "false")
    private boolean replay;

    /**
     * Fails the goal when the overall F1 score is below this value (0 to 1), or when an ambiguous case got no open
     * questions while this is above 0. The overall score can hide one bad case: add {@code minCaseF1} or a
     * {@code baseline} to catch those.
     *
     * <p>Default: {@code 0} (report only). Property: {@code dv.draftEval.minF1}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_MIN_F1, defaultValue = "0")
    private double minF1;

    /**
     * Fails the goal when any single case scores below this F1 (0 to 1). An invalid or missing draft scores 0, so
     * any positive value fails on it.
     *
     * <p>Default: {@code 0} (off). Property: {@code dv.draftEval.minCaseF1}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_MIN_CASE_F1, defaultValue = "0")
    private double minCaseF1;

    /**
     * Minimum F1 per field over all cases, as {@code field=minimum} pairs; fields: entities, business_keys,
     * satellites, attributes, links, sources, key_fields.
     *
     * <p>Default: none. Property: {@code dv.draftEval.minFieldF1}. Example:
     * {@code -Ddv.draftEval.minFieldF1=sources=0.9,key_fields=1}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_MIN_FIELD_F1)
    private String minFieldF1;

    /**
     * A {@code report.json} of an earlier run: the goal fails when any case scores lower than there (or is
     * missing). Commit the report of an accepted run and compare every change with it.
     *
     * <p>Default: none. Property: {@code dv.draftEval.baseline}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_BASELINE)
    private File baseline;

    /**
     * Where {@code report.json} and {@code TEST-dv-draft-eval.xml} (JUnit XML, one test case per evaluation
     * case) are written.
     *
     * <p>Default: {@code ${project.build.directory}/dv-draft-eval}, or {@code target/dv-draft-eval} without a
     * project. Property: {@code dv.draftEval.outputDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_OUTPUT, defaultValue = "${project.build.directory}/dv-draft-eval")
    private File outputDirectory;

    /**
     * Before evaluating, turns every approved narrative/spec pair of the dbt project ({@code dv-approvals.json})
     * into a case of {@code directory} (narrative.md, expected/, specs/ with the other approved specs); existing
     * cases are left alone. Such cases have no recorded replies, so run them against an endpoint.
     *
     * <p>Default: {@code false}. Property: {@code dv.draftEval.addApproved}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DRAFT_EVAL_ADD_APPROVED, defaultValue = "false")
    private boolean addApproved;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        if (addApproved) {
            Files.createDirectories(directory.toPath());
            List<String> added = EvalCaseExport.fromApprovals(dbtProjectDirectory(), directory.toPath());
            log.info("Added " + added.size() + " evaluation case" + (added.size() == 1 ? "" : "s")
                    + " from approved specs" + (added.isEmpty() ? "" : ": " + String.join(", ", added)));
        }
        EvalGate gate = gate();
        Path root = directory.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new MojoFailureException("Evaluation directory " + root + " does not exist (fix <directory> or -D"
                    + PropertyNames.DRAFT_EVAL_DIRECTORY + ")");
        }
        List<EvalCase> cases = EvalCase.load(root);
        if (cases.isEmpty()) {
            throw new MojoFailureException("No evaluation cases in " + root + ": each case is a sub-directory with "
                    + "narrative.md and expected/*.yml");
        }
        ChatSettings settings = chatSettings();
        EvalReport report;
        if (replay) {
            log.info("Replaying recorded replies for " + cases.size() + " cases (no requests leave this machine)");
            try (ReplayServer server = ReplayServer.start()) {
                report = new DraftEvaluation(evalCase -> replayClient(server, evalCase, settings, log),
                        namingConventions(), repairRounds(), "recorded", log).run(cases);
            }
        } else {
            ApiKey key = apiKey(log);
            ChatClient client = new OpenAiChatClient(settings, key, log, Sleeper.real());
            report = new DraftEvaluation(evalCase -> client, namingConventions(), repairRounds(), model(), log)
                    .run(cases);
        }
        report.format().forEach(log::info);
        List<String> failures = gate.failures(report);
        Path output = outputDirectory == null || outputDirectory.getPath().contains("${")
                ? Path.of("target", "dv-draft-eval").toAbsolutePath() : outputDirectory.toPath();
        for (Path file : EvalReportFiles.write(report, failures, output)) {
            log.info("Wrote " + file);
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException("dv:draft-eval: " + failures.size() + " check"
                    + (failures.size() == 1 ? "" : "s") + " failed (scores above):\n" + String.join("\n", failures)
                    + "\nImprove the prompt or model, or change the minimums (-D" + PropertyNames.DRAFT_EVAL_MIN_F1
                    + ", -D" + PropertyNames.DRAFT_EVAL_MIN_CASE_F1 + ", -D" + PropertyNames.DRAFT_EVAL_MIN_FIELD_F1
                    + ") or the baseline (-D" + PropertyNames.DRAFT_EVAL_BASELINE + ").");
        }
    }

    private EvalGate gate() throws MojoFailureException, IOException {
        Map<String, Double> fields;
        try {
            fields = EvalGate.parseFieldMinimums(minFieldF1);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("<minFieldF1> (-D" + PropertyNames.DRAFT_EVAL_MIN_FIELD_F1 + "): "
                    + e.getMessage());
        }
        Map<String, Double> before = Map.of();
        if (baseline != null) {
            Path file = baseline.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new MojoFailureException("Baseline " + file + " does not exist (fix <baseline> or -D"
                        + PropertyNames.DRAFT_EVAL_BASELINE + "; a report.json of an earlier run)");
            }
            before = EvalReportFiles.readBaseline(file);
        }
        return new EvalGate(minF1, minCaseF1, fields, before);
    }

    private static ChatClient replayClient(ReplayServer server, EvalCase evalCase, ChatSettings settings, DvLog log) {
        try {
            ChatSettings local = new ChatSettings(server.script(evalCase), "recorded", 0, settings.timeout(), 0,
                    settings.initialBackoff(), settings.maxBackoff(), settings.maxPromptChars(), false);
            return new OpenAiChatClient(local, ApiKey.none(), log, Sleeper.real());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String goal() {
        return "draft-eval";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return draftEvalSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DRAFT_EVAL_SKIP;
    }
}
