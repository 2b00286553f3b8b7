package io.dvmaven.model.report;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.rules.CheckedModel;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code target/dv/verify-report.json}: the whole outcome, deterministic (fixed key order, sorted lists). */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(VerifyOutcome outcome) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "dv-maven-plugin");
        root.put("version", outcome.toolVersion());
        root.put("result", outcome.failed() ? "failed" : "passed");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("models", outcome.rules().models().size());
        summary.put("generatedModels", outcome.rules().models().stream().filter(CheckedModel::generated).count());
        summary.put("errors", outcome.rules().count(Severity.ERROR));
        summary.put("warnings", outcome.rules().count(Severity.WARNING));
        summary.put("infos", outcome.rules().count(Severity.INFO));
        summary.put("suppressed", outcome.rules().suppressed().size());
        summary.put("drift", outcome.drift().size());
        summary.put("failOnWarning", outcome.failOnWarning());
        summary.put("documentedColumns", outcome.coverage().documentedColumns());
        summary.put("columns", outcome.coverage().columns());
        summary.put("documentationPercent", outcome.coverage().percent());
        summary.put("documentationMinimum", outcome.coverage().minimumPercent());
        summary.put("rulesToComplete", outcome.todo().paths().size());
        root.put("summary", summary);
        root.put("rules", outcome.rules().rules().stream().map(JsonReport::rule).toList());
        root.put("models", outcome.rules().models().stream().map(m -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", m.name());
            model.put("path", m.path());
            model.put("generated", m.generated());
            return model;
        }).toList());
        root.put("documentation", outcome.coverage().models().stream().map(m -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", m.model());
            row.put("path", m.path());
            row.put("documented", m.documented());
            row.put("columns", m.columns());
            row.put("percent", m.percent());
            row.put("missing", m.missing());
            return row;
        }).toList());
        root.put("rulesToComplete", outcome.todo().paths());
        root.put("findings", findings(outcome.rules().findings()));
        root.put("suppressed", findings(outcome.rules().suppressed()));
        root.put("drift", outcome.drift().stream().map(d -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", d.path());
            entry.put("kind", d.kind().label());
            entry.put("detail", d.detail());
            return entry;
        }).toList());
        root.put("dbt", outcome.dbt().map(run -> {
            Map<String, Object> dbt = new LinkedHashMap<>();
            dbt.put("command", run.command());
            dbt.put("errors", run.errors());
            dbt.put("failures", run.failures());
            dbt.put("nodes", run.nodes().stream().map(n -> {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("name", n.name());
                node.put("path", n.path());
                node.put("status", n.status());
                node.put("message", n.message());
                node.put("seconds", Math.round(n.seconds() * 1000) / 1000.0);
                return node;
            }).toList());
            return (Object) dbt;
        }).orElse(null));
        outcome.qualityGates().ifPresent(run -> root.put("qualityGates", qualityGates(run)));
        return Json.writePretty(root);
    }

    private static Map<String, Object> qualityGates(QualityGateRun run) {
        Map<String, Object> gates = new LinkedHashMap<>();
        gates.put("result", run.failed() ? "failed" : "passed");
        gates.put("entities", run.entities());
        gates.put("models", run.models());
        gates.put("gates", run.gates().stream().map(g -> {
            Map<String, Object> gate = new LinkedHashMap<>();
            gate.put("name", g.name());
            gate.put("status", g.status().label());
            gate.put("detail", g.detail());
            gate.put("problems", g.problems().stream().map(p -> {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("model", p.model());
                problem.put("file", p.file());
                problem.put("line", p.line());
                problem.put("column", p.column());
                problem.put("code", p.code());
                problem.put("message", p.message());
                problem.put("text", p.format());
                return problem;
            }).toList());
            return gate;
        }).toList());
        return gates;
    }

    private static Map<String, Object> rule(RuleDescriptor rule) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", rule.id());
        map.put("title", rule.title());
        map.put("defaultSeverity", rule.defaultSeverity().name());
        map.put("level", rule.level().name());
        return map;
    }

    private static List<Map<String, Object>> findings(List<Finding> findings) {
        return findings.stream().map(f -> {
            Diagnostic d = f.diagnostic();
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("rule", d.code());
            map.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
            map.put("file", d.location().file());
            map.put("line", d.location().line());
            map.put("column", d.location().column());
            map.put("model", f.model());
            map.put("generatedFile", f.generatedFile());
            map.put("message", d.message());
            map.put("fix", d.fix());
            map.put("text", d.format());
            return map;
        }).toList();
    }
}
