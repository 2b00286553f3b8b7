package io.dvmaven.plugin.verify;

import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.rules.RuleSettings;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one verify run needs, fixed before it starts.
 *
 * @param generation     how the project is generated (specs, naming, templates, shims): the drift check re-renders
 *                       with exactly these settings; {@code overwriteEdited} and {@code generatedAt} are ignored
 * @param buildDirectory the build directory ({@code target/}); reports go to {@code dv/} and {@code dv-reports/}
 *                       under it
 * @param modelFolders   folders (relative to the dbt project) whose models the rules check, e.g. {@code models}
 * @param rules          severities, skipped rules, fail-on-warning and the failure list cap
 * @param dbt            the dbt check to run, or {@code null} to skip dbt; its vault is replaced by the design
 *                       loaded from the specs
 * @param minDocCoverage the share (percent) of model columns with a description below which verify fails; 0 for
 *                       none
 * @param failOnTodo     fail when a business-rule test written for a person to complete is still to do
 * @param qualityGates   run the quality gates for the models of the approved entities ({@link QualityGates})
 * @param sqlfluff       the sqlfluff executable of the lint gate, or {@code null} to look next to dbt and on the PATH
 */
public record VerifyRequest(GenerateRequest generation, Path buildDirectory, List<String> modelFolders,
                            RuleSettings rules, DbtCheckRequest dbt, int minDocCoverage, boolean failOnTodo,
                            boolean qualityGates, Path sqlfluff) {

    public VerifyRequest {
        Objects.requireNonNull(generation, "generation");
        buildDirectory = Objects.requireNonNull(buildDirectory, "buildDirectory").toAbsolutePath().normalize();
        modelFolders = List.copyOf(modelFolders);
        if (modelFolders.isEmpty()) {
            throw new IllegalArgumentException("at least one model folder is needed");
        }
        Objects.requireNonNull(rules, "rules");
        if (minDocCoverage < 0 || minDocCoverage > 100) {
            throw new IllegalArgumentException("minDocCoverage must be a percentage 0..100, got " + minDocCoverage);
        }
    }

    /** A request without quality gates. */
    public VerifyRequest(GenerateRequest generation, Path buildDirectory, List<String> modelFolders,
                         RuleSettings rules, DbtCheckRequest dbt, int minDocCoverage, boolean failOnTodo) {
        this(generation, buildDirectory, modelFolders, rules, dbt, minDocCoverage, failOnTodo, false, null);
    }

    /** A request without a documentation minimum that does not fail on business rules to complete. */
    public VerifyRequest(GenerateRequest generation, Path buildDirectory, List<String> modelFolders,
                         RuleSettings rules, DbtCheckRequest dbt) {
        this(generation, buildDirectory, modelFolders, rules, dbt, 0, false);
    }

    /** Defaults for a project: specs in {@code specs/}, {@code models/}, default rules, dbt skipped. */
    public static VerifyRequest defaults(Path projectDirectory) {
        return new VerifyRequest(GenerateRequest.defaults(projectDirectory), projectDirectory.resolve("target"),
                List.of("models"), RuleSettings.defaults(), null);
    }

    public Path projectDirectory() {
        return generation.projectDirectory();
    }

    public Optional<DbtCheckRequest> dbtCheck() {
        return Optional.ofNullable(dbt);
    }

    public VerifyRequest withDbt(DbtCheckRequest check) {
        return new VerifyRequest(generation, buildDirectory, modelFolders, rules, check, minDocCoverage, failOnTodo,
                qualityGates, sqlfluff);
    }

    public VerifyRequest withRules(RuleSettings settings) {
        return new VerifyRequest(generation, buildDirectory, modelFolders, settings, dbt, minDocCoverage, failOnTodo,
                qualityGates, sqlfluff);
    }

    public VerifyRequest withModelFolders(List<String> folders) {
        return new VerifyRequest(generation, buildDirectory, folders, rules, dbt, minDocCoverage, failOnTodo,
                qualityGates, sqlfluff);
    }

    /** The same request with a documentation minimum and the business-rule to-do gate. */
    public VerifyRequest withCompleteness(int minimumPercent, boolean failOnRulesToComplete) {
        return new VerifyRequest(generation, buildDirectory, modelFolders, rules, dbt, minimumPercent,
                failOnRulesToComplete, qualityGates, sqlfluff);
    }

    /** The same request with the quality gates on (sqlfluff {@code null}: next to dbt, else on the PATH). */
    public VerifyRequest withQualityGates(Path sqlfluffExecutable) {
        return new VerifyRequest(generation, buildDirectory, modelFolders, rules, dbt, minDocCoverage, failOnTodo,
                true, sqlfluffExecutable);
    }
}
