package io.dvmaven.model.report;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code target/dv/verify.sarif}: SARIF 2.1.0 for code-review annotations. Rule findings (suppressed ones carry an
 * {@code inSource} suppression), drift entries (rule {@code DV-DRIFT}) and failing dbt nodes (rule {@code DV-DBT})
 * become results; locations are relative to {@code %SRCROOT%}, the dbt project directory.
 */
public final class SarifReport {

    public static final String DRIFT_RULE = "DV-DRIFT";
    public static final String DBT_RULE = "DV-DBT";

    private SarifReport() {
    }

    public static String render(VerifyOutcome outcome) {
        List<String> ruleIds = new ArrayList<>();
        List<Object> rules = new ArrayList<>();
        for (RuleDescriptor rule : outcome.rules().rules()) {
            ruleIds.add(rule.id());
            rules.add(rule(rule.id(), rule.title(), rule.help(), level(rule.defaultSeverity()), rule.enabled()));
        }
        ruleIds.add(DRIFT_RULE);
        rules.add(rule(DRIFT_RULE, "generated files match the specs",
                "run mvn dv:generate, or move hand edits into the specs or templates", "error", true));
        ruleIds.add(DBT_RULE);
        rules.add(rule(DBT_RULE, "dbt builds every model and passes every test", "fix the model or test dbt reports",
                "error", outcome.dbt().isPresent()));

        List<Object> results = new ArrayList<>();
        for (Finding finding : outcome.rules().findings()) {
            results.add(result(finding.diagnostic(), ruleIds, false));
        }
        for (Finding finding : outcome.rules().suppressed()) {
            results.add(result(finding.diagnostic(), ruleIds, true));
        }
        for (DriftEntry drift : outcome.drift()) {
            String message = "generated file is " + drift.kind().label()
                    + (drift.detail().isEmpty() ? "" : ": " + drift.detail());
            results.add(result(DRIFT_RULE, ruleIds.indexOf(DRIFT_RULE), drift.kind().fails() ? "error" : "warning",
                    message, SourceLocation.ofFile(drift.path()), false));
        }
        outcome.dbt().ifPresent(run -> run.nodes().stream().filter(n -> n.isError() || n.isFailure()).forEach(n ->
                results.add(result(DBT_RULE, ruleIds.indexOf(DBT_RULE), "error",
                        n.name() + " " + n.status() + (n.message().isEmpty() ? "" : ": " + n.message()),
                        n.path().isEmpty() ? null : SourceLocation.ofFile(n.path()), false))));

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "dv-maven-plugin");
        driver.put("version", outcome.toolVersion());
        driver.put("semanticVersion", outcome.toolVersion());
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("description",
                Map.of("text", "The dbt project directory"))));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return Json.writePretty(root);
    }

    private static Map<String, Object> rule(String id, String title, String help, String level, boolean enabled) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("shortDescription", Map.of("text", title));
        rule.put("help", Map.of("text", help));
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("enabled", enabled);
        configuration.put("level", level);
        rule.put("defaultConfiguration", configuration);
        return rule;
    }

    private static Map<String, Object> result(Diagnostic d, List<String> ruleIds, boolean suppressed) {
        String text = d.message() + (d.fix() == null || d.fix().isBlank() ? "" : " (fix: " + d.fix() + ")");
        return result(d.code(), ruleIds.indexOf(d.code()), level(d.severity()), text, d.location(), suppressed);
    }

    private static Map<String, Object> result(String ruleId, int ruleIndex, String level, String text,
                                              SourceLocation location, boolean suppressed) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", ruleId);
        if (ruleIndex >= 0) {
            result.put("ruleIndex", ruleIndex);
        }
        result.put("level", level);
        result.put("message", Map.of("text", text));
        if (location != null) {
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", location.file());
            artifact.put("uriBaseId", "%SRCROOT%");
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            if (location.line() > 0) {
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", location.line());
                region.put("startColumn", Math.max(1, location.column()));
                physical.put("region", region);
            }
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
        }
        if (suppressed) {
            result.put("suppressions", List.of(Map.of("kind", "inSource")));
        }
        return result;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
