package io.dvmaven.model.report;

import io.dvmaven.model.Severity;
import io.dvmaven.model.rules.CheckedModel;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleDescriptor;
import java.util.List;
import java.util.Locale;

/** {@code target/dv/verify-report.md}: a summary people read in CI artefacts or pull requests. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(VerifyOutcome outcome) {
        StringBuilder md = new StringBuilder();
        long generated = outcome.rules().models().stream().filter(CheckedModel::generated).count();
        long models = outcome.rules().models().size();
        md.append("# dv:verify report\n\n");
        md.append("**Result: ").append(outcome.failed() ? "FAILED" : "PASSED").append("** (dv-maven-plugin ")
                .append(cell(outcome.toolVersion())).append(")\n\n");
        md.append("| Check | Outcome |\n|---|---|\n");
        md.append("| Models checked | ").append(models).append(" (").append(generated).append(" generated, ")
                .append(models - generated).append(" hand-written) |\n");
        md.append("| Naming rules | ").append(outcome.rules().count(Severity.ERROR)).append(" errors, ")
                .append(outcome.rules().count(Severity.WARNING)).append(" warnings, ")
                .append(outcome.rules().count(Severity.INFO)).append(" info, ")
                .append(outcome.rules().suppressed().size()).append(" suppressed")
                .append(outcome.failOnWarning() ? " (warnings fail the build)" : "").append(" |\n");
        md.append("| Drift | ").append(outcome.drift().isEmpty() ? "none" : count(outcome.drift())).append(" |\n");
        md.append("| dbt | ").append(outcome.dbt().map(run -> "dbt " + cell(run.command()) + ": " + run.nodes().size()
                + " nodes, " + run.errors() + " errors, " + run.failures() + " failures").orElse("not run")).append(" |\n");
        md.append("| Documentation | ").append(outcome.coverage().summary())
                .append(outcome.coverage().failed() ? ": below the minimum" : "").append(" |\n");
        md.append("| Business rules to complete | ").append(outcome.todo().paths().size())
                .append(outcome.todo().failed() ? " (fail the build)" : "").append(" |\n");
        outcome.qualityGates().ifPresent(run -> md.append("| Quality gates | ")
                .append(run.failed() ? "FAILED" : "passed").append(" (").append(run.models().size())
                .append(" models of ").append(run.entities().size()).append(" approved entities) |\n"));

        if (!outcome.rules().findings().isEmpty()) {
            md.append("\n## Findings\n\n");
            findingTable(md, outcome.rules().findings());
        }
        if (!outcome.rules().suppressed().isEmpty()) {
            md.append("\n## Suppressed by dv:ignore\n\n");
            findingTable(md, outcome.rules().suppressed());
        }
        if (!outcome.drift().isEmpty()) {
            md.append("\n## Drift\n\n| File | Kind | Detail |\n|---|---|---|\n");
            outcome.drift().forEach(d -> md.append("| `").append(code(d.path())).append("` | ").append(d.kind().label())
                    .append(" | ").append(cell(d.detail())).append(" |\n"));
        }
        if (!outcome.todo().paths().isEmpty()) {
            md.append("\n## Business rules to complete\n\nEach file was written once for you; it still holds `")
                    .append("config(enabled=false`, so dbt skips it until you write the rule and delete that.\n\n");
            outcome.todo().paths().forEach(path -> md.append("- `").append(code(path)).append("`\n"));
        }
        coverageTable(md, outcome.coverage());
        outcome.dbt().ifPresent(run -> {
            md.append("\n## dbt ").append(cell(run.command())).append("\n\n| Node | File | Status | Seconds | Message |\n")
                    .append("|---|---|---|---|---|\n");
            run.nodes().forEach(n -> md.append("| ").append(cell(n.name())).append(" | ")
                    .append(n.path().isEmpty() ? "" : "`" + code(n.path()) + "`").append(" | ").append(cell(n.status()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", n.seconds())).append(" | ")
                    .append(cell(n.message())).append(" |\n"));
        });
        outcome.qualityGates().ifPresent(run -> qualityGateTable(md, run));
        md.append("\n## Rules\n\n| Rule | Level | Default | Checks |\n|---|---|---|---|\n");
        for (RuleDescriptor rule : outcome.rules().rules()) {
            md.append("| ").append(rule.id()).append(" | ").append(rule.level()).append(" | ")
                    .append(rule.defaultSeverity()).append(" | ").append(cell(rule.title())).append(" |\n");
        }
        return md.toString();
    }

    private static void qualityGateTable(StringBuilder md, QualityGateRun run) {
        md.append("\n## Quality gates of the approved entities\n\nEntities: ")
                .append(cell(run.entities().isEmpty() ? "none" : String.join(", ", run.entities())))
                .append("; models: ").append(cell(run.models().isEmpty() ? "none" : String.join(", ", run.models())))
                .append("\n\n| Gate | Status | Detail |\n|---|---|---|\n");
        run.gates().forEach(g -> md.append("| ").append(cell(g.name())).append(" | ").append(g.status().label())
                .append(" | ").append(cell(g.detail())).append(" |\n"));
        boolean any = run.gates().stream().anyMatch(g -> !g.problems().isEmpty());
        if (any) {
            md.append("\n| Gate | Location | Model | Code | Message |\n|---|---|---|---|---|\n");
            run.gates().forEach(g -> g.problems().forEach(p -> md.append("| ").append(cell(g.name())).append(" | `")
                    .append(code(p.file() + (p.line() > 0 ? ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "")
                            : ""))).append("` | ").append(cell(p.model())).append(" | ").append(cell(p.code()))
                    .append(" | ").append(cell(p.message())).append(" |\n")));
        }
    }

    private static void coverageTable(StringBuilder md, DocCoverage coverage) {
        if (coverage.models().isEmpty()) {
            return;
        }
        md.append("\n## Documentation coverage\n\n").append(coverage.summary())
                .append(". Only descriptions from the specs (or written by hand) count.\n\n")
                .append("| Model | Described | Columns without a description |\n|---|---|---|\n");
        for (DocCoverage.ModelCoverage model : coverage.models()) {
            md.append("| `").append(code(model.model())).append("` | ");
            if (!model.documented()) {
                md.append("no properties entry | |\n");
                continue;
            }
            md.append(model.columns() - model.missing().size()).append('/').append(model.columns()).append(" (")
                    .append(model.percent()).append("%) | ").append(cell(String.join(", ", model.missing())))
                    .append(" |\n");
        }
    }

    private static void findingTable(StringBuilder md, List<Finding> findings) {
        md.append("| Severity | Rule | Location | Message | Fix | File |\n|---|---|---|---|---|---|\n");
        for (Finding f : findings) {
            md.append("| ").append(f.diagnostic().severity()).append(" | ").append(f.ruleId()).append(" | `")
                    .append(code(f.diagnostic().location().toString())).append("` | ")
                    .append(cell(f.diagnostic().message())).append(" | ")
                    .append(cell(f.diagnostic().fix() == null ? "" : f.diagnostic().fix())).append(" | ")
                    .append(f.generatedFile() ? "generated" : "hand-written").append(" |\n");
        }
    }

    private static String count(List<DriftEntry> drift) {
        StringBuilder text = new StringBuilder();
        for (DriftEntry.Kind kind : DriftEntry.Kind.values()) {
            long n = drift.stream().filter(d -> d.kind() == kind).count();
            if (n > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.label());
            }
        }
        return text.toString();
    }

    /** Table cell text: pipes escaped, line breaks folded, HTML-significant characters neutralised. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\\r?\\n", " ");
    }

    /** Text inside backticks: no backticks, no line breaks, pipes escaped. */
    private static String code(String text) {
        return text.replace("`", "'").replace("|", "\\|").replaceAll("\\r?\\n", " ");
    }
}
