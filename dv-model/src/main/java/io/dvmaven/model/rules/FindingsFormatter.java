package io.dvmaven.model.rules;

import io.dvmaven.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Words the rule findings that fail a build: one line per finding (capped), a count of the rest, and one closing
 * line that says how to fix or relax them.
 */
public final class FindingsFormatter {

    /** Closing line; {@code %s} is replaced by the id of the first listed finding. */
    public static final String DEFAULT_FIX_LINE = "Fix the models, or change the rule's severity with "
            + "<ruleSeverities><%1$s>WARNING</%1$s></ruleSeverities> (OFF switches it off) or skip it with "
            + "<skipRules>%1$s</skipRules> (-Ddv.verify.skipRules=%1$s); to accept one finding, put "
            + "'-- dv:ignore %1$s' on its line.";

    private final int maxListed;
    private final String fixLine;

    public FindingsFormatter(int maxListed) {
        this(maxListed, DEFAULT_FIX_LINE);
    }

    public FindingsFormatter(int maxListed, String fixLine) {
        if (maxListed < 1) {
            throw new IllegalArgumentException("maxListed must be at least 1, was " + maxListed);
        }
        this.maxListed = maxListed;
        this.fixLine = fixLine;
    }

    /**
     * The failure message for the findings that fail the build, or an empty string when none do.
     * <pre>
     * Naming rules found 2 errors in 2 models:
     * models/integration/hubs/hub_member.sql:1:1: [DV001] hub 'hub_member' in integration/hubs must start with 'h_' (...)
     * ...
     * … and 3 more
     * Fix the models, or change severities with ...
     * </pre>
     */
    public String failureMessage(RuleResult result, boolean failOnWarning) {
        List<Finding> failing = result.failing(failOnWarning);
        if (failing.isEmpty()) {
            return "";
        }
        return String.join("\n", lines(failing, result)) + "\n";
    }

    /** The lines of {@link #failureMessage}, without line breaks. */
    public List<String> lines(List<Finding> failing, RuleResult result) {
        List<String> lines = new ArrayList<>();
        long errors = failing.stream().filter(f -> f.diagnostic().severity() == Severity.ERROR).count();
        long warnings = failing.size() - errors;
        long models = failing.stream().map(f -> f.modelName().orElse(f.diagnostic().location().file())).distinct().count();
        lines.add("Naming rules found " + counted(errors, warnings) + " in " + plural(models, "model") + ":");
        failing.stream().limit(maxListed).map(Finding::format).forEach(lines::add);
        if (failing.size() > maxListed) {
            lines.add("… and " + (failing.size() - maxListed) + " more");
        }
        lines.add(String.format(fixLine, failing.get(0).ruleId()));
        return lines;
    }

    private static String counted(long errors, long warnings) {
        if (warnings == 0) {
            return plural(errors, "error");
        }
        if (errors == 0) {
            return plural(warnings, "warning");
        }
        return plural(errors, "error") + " and " + plural(warnings, "warning");
    }

    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
