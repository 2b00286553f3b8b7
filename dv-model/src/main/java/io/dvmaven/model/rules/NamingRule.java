package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import java.util.function.Consumer;

/**
 * One naming or layout convention of the dbt project. Each rule is a small final class with a stable id
 * ({@code DV001}...), a default severity and its own test; {@link RuleEngine} runs them all and applies the
 * user's severity overrides, skips and inline suppressions.
 */
public interface NamingRule {

    /** Stable id, {@code DV} plus three digits. */
    String id();

    /** Severity of its findings unless the user overrides it. */
    Severity defaultSeverity();

    /** What the rule checks, as a short phrase ("hub, link and satellite hash keys end with _hk"). */
    String title();

    /** How to fix a finding, in general terms, for the rule reference. */
    default String help() {
        return title();
    }

    /** Reports every violation in the project to {@code out}, with the default severity. */
    void check(RuleContext ctx, Consumer<Diagnostic> out);
}
