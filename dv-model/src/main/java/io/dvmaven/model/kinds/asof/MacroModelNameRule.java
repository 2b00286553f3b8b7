package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.rules.NamePattern;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.RuleContext;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A business vault model (PIT, bridge) is recognised by the project macro it calls ({@code dv_pit},
 * {@code dv_bridge}) and its name fits the kind's naming pattern, so that analysts find every PIT under one prefix.
 */
public final class MacroModelNameRule implements NamingRule {

    private final String id;
    private final String label;
    private final Pattern call;
    private final NamingPattern pattern;

    /**
     * @param label   how messages name the model ({@code PIT})
     * @param macro   the project macro its SQL calls ({@code dv_pit})
     * @param pattern the kind's model name pattern
     */
    public MacroModelNameRule(String id, String label, String macro, NamingPattern pattern) {
        this.id = id;
        this.label = label;
        this.call = Pattern.compile("\\{\\{-?\\s*" + macro + "\\s*\\(");
        this.pattern = pattern;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String title() {
        return label + " model names fit the " + pattern.name() + " pattern";
    }

    @Override
    public String help() {
        return "rename the " + label + " model to the " + pattern.name() + " pattern, or set the pattern in "
                + "<naming><patterns>";
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        NamePattern names = NamePattern.of(ctx.naming().pattern(pattern));
        for (ModelFile model : ctx.project().models()) {
            if (model.lines().stream().noneMatch(line -> call.matcher(line).find()) || names.matches(model.name())) {
                continue;
            }
            out.accept(new Diagnostic(model.fileLocation(), defaultSeverity(), id, label + " model '" + model.name()
                    + "' does not fit " + names, "rename it to " + names.pattern()));
        }
    }
}
