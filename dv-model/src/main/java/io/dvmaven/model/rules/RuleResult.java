package io.dvmaven.model.rules;

import io.dvmaven.model.Severity;
import java.util.List;

/**
 * The outcome of one rule run.
 *
 * @param rules      every known rule with its effective level, by id
 * @param models     models checked, by path
 * @param findings   findings after overrides and suppressions, sorted by file, line, column, rule id, message
 * @param suppressed findings silenced by {@code dv:ignore} comments, sorted the same way
 */
public record RuleResult(List<RuleDescriptor> rules, List<CheckedModel> models, List<Finding> findings,
                         List<Finding> suppressed) {

    public RuleResult {
        rules = List.copyOf(rules);
        models = List.copyOf(models);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.diagnostic().severity() == severity).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** Findings that fail the build: errors, plus warnings when {@code failOnWarning}. */
    public List<Finding> failing(boolean failOnWarning) {
        return findings.stream().filter(f -> f.diagnostic().severity() == Severity.ERROR
                || (failOnWarning && f.diagnostic().severity() == Severity.WARNING)).toList();
    }

    public boolean failed(boolean failOnWarning) {
        return !failing(failOnWarning).isEmpty();
    }
}
