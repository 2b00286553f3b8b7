package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV001: a model in a vault folder carries that folder's name prefix (and suffix), taken from the naming pattern:
 * {@code stg_} in {@code staging/{source}}, {@code h_} in the hub folder, {@code l_} in the link folder,
 * {@code s_} in the satellite folder. A model calling another AutomateDV table macro than the folder's kind
 * (a multi-active satellite among the satellites) is that other kind, whose own rule checks its name.
 */
public final class FolderPrefixRule extends AbstractNamingRule {

    public FolderPrefixRule() {
        super("DV001", Severity.ERROR, "models in a vault folder carry that folder's name prefix",
                "rename the model to its folder's pattern, or move it out of the vault folder");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            Optional<ModelKind> folderKind = ctx.kindOfFolder(model.folder());
            if (folderKind.isEmpty()) {
                continue;
            }
            NamePattern pattern = ctx.modelPattern(folderKind.get());
            if (!pattern.hasAffix() || ctx.kindOfName(model.name()).equals(folderKind)
                    || ctx.callsOtherVaultMacro(model, folderKind.get())) {
                continue;
            }
            out.accept(finding(model.fileLocation(),
                    folderKind.get().label() + " " + quote(model.name()) + " in " + model.folder() + " must "
                            + affixText(pattern) + " (pattern " + pattern + ")",
                    "rename it to " + pattern + ", or move it out of " + model.folder()));
        }
    }

    private static String affixText(NamePattern pattern) {
        if (pattern.suffix().isEmpty()) {
            return "start with " + quote(pattern.prefix());
        }
        if (pattern.prefix().isEmpty()) {
            return "end with " + quote(pattern.suffix());
        }
        return "start with " + quote(pattern.prefix()) + " and end with " + quote(pattern.suffix());
    }
}
