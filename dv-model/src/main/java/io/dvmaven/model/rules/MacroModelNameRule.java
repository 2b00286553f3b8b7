package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.project.ModelFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The naming rule of a further structure kind: every model that calls the kind's AutomateDV macro (hand-written
 * ones too) or carries its name's prefix fits the kind's name pattern, and, for a kind hanging off a hub, that hub
 * exists. A kind declares one in {@code Kind.rules()}.
 */
public final class MacroModelNameRule implements NamingRule {

    private final String id;
    private final String macro;
    private final NamingPattern pattern;
    private final String label;
    private final boolean ownedByHub;

    /**
     * @param macro      the AutomateDV macro the kind's models call ({@code ma_sat})
     * @param label      how messages name such a model ({@code multi-active satellite})
     * @param ownedByHub true when the pattern's {@code {entity}} names a hub that must exist
     */
    public MacroModelNameRule(String id, String macro, NamingPattern pattern, String label, boolean ownedByHub) {
        this.id = id;
        this.macro = macro;
        this.pattern = pattern;
        this.label = label;
        this.ownedByHub = ownedByHub;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return label + " names fit " + pattern.defaultPattern() + (ownedByHub ? " and their hub exists" : "");
    }

    @Override
    public String help() {
        return "rename the " + label + " to its name pattern" + (ownedByHub ? ", or add the missing hub" : "");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        NamePattern names = NamePattern.of(ctx.naming().pattern(pattern));
        for (ModelFile model : ctx.project().models()) {
            boolean callsMacro = model.metadata().macro().equals(Optional.of(macro));
            if (!callsMacro && !(names.hasAffix() && names.hasAffixOf(model.name()))) {
                continue;
            }
            List<Map<String, String>> splits = names.splits(model.name());
            if (splits.isEmpty()) {
                out.accept(finding(model, label + " name '" + model.name() + "' does not fit " + names,
                        "rename it to " + names));
                continue;
            }
            if (ownedByHub && splits.stream().noneMatch(s -> ctx.project().hasModel(ctx.naming()
                    .hubModelName(s.get("entity"))))) {
                String hub = ctx.naming().hubModelName(splits.get(0).get("entity"));
                out.accept(finding(model, "hub '" + hub + "' of " + label + " '" + model.name()
                        + "' does not exist", "add the hub " + hub + ", or rename the " + label
                        + " after an existing hub"));
            }
        }
    }

    private Diagnostic finding(ModelFile model, String message, String fix) {
        return new Diagnostic(model.fileLocation(), Severity.ERROR, id, message, fix);
    }
}
