package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV004: a model whose name carries a vault prefix lives in that kind's folder; a staging model lives in the
 * folder of the source its name ends with ({@code stg_member_legacy_facets} in {@code staging/legacy_facets}).
 */
public final class ModelFolderRule extends AbstractNamingRule {

    public ModelFolderRule() {
        super("DV004", Severity.ERROR, "models with a vault prefix live in that kind's folder",
                "move the file to the folder its prefix belongs to, or rename it");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            Optional<ModelKind> kind = ctx.kindOfName(model.name());
            if (kind.isEmpty()) {
                continue;
            }
            expectedFolder(ctx, model, kind.get()).ifPresent(expected -> out.accept(finding(model.fileLocation(),
                    kind.get().label() + " " + quote(model.name()) + " is in "
                            + (model.folder().isEmpty() ? model.modelRoot() + "/" : model.folder())
                            + " but belongs in " + expected,
                    "move it to " + model.modelRoot() + "/" + expected + "/" + model.name() + ".sql")));
        }
    }

    /** The folder the model should be in, or empty when it is where it belongs (or that cannot be told). */
    private static Optional<String> expectedFolder(RuleContext ctx, ModelFile model, ModelKind kind) {
        if (kind != ModelKind.STAGING) {
            String folder = ctx.folderPattern(kind);
            return model.folder().equals(folder) ? Optional.empty() : Optional.of(folder);
        }
        List<Map<String, String>> splits = ctx.modelPattern(kind).splits(model.name());
        if (splits.isEmpty()) {
            return Optional.empty(); // DV014 reports the name itself
        }
        for (Map<String, String> split : splits) {
            if (ctx.naming().stagingFolderFor(split.get("source")).equals(model.folder())) {
                return Optional.empty();
            }
        }
        String source = splits.stream().map(s -> s.get("source")).filter(ctx.knownSources()::contains)
                .findFirst().orElse(splits.get(0).get("source"));
        return Optional.of(ctx.naming().stagingFolderFor(source));
    }
}
