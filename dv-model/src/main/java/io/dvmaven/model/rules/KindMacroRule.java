package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import java.util.List;
import java.util.function.Consumer;

/**
 * A further kind recognised by the AutomateDV macro its models call ({@code automate_dv.eff_sat},
 * {@code automate_dv.nh_link}), generated or written by hand: such a model is named by the kind's model pattern,
 * lives in the kind's folder, and its {@code src_pk} is a link hash key (a hub's for none of these kinds).
 */
public final class KindMacroRule extends AbstractNamingRule {

    private final List<String> macros;
    private final String label;
    private final NamingPattern model;
    private final NamingPattern folder;
    private final Recognition recognition;

    /** Which models calling the macros are this kind. */
    public enum Recognition {
        /** Every model calling them. */
        EVERY_CALL,
        /** Those keyed by an existing link's hash key: a link satellite calls {@code sat} like a hub's. */
        KEYED_BY_A_LINK,
        /** Those named by the kind's pattern: a hierarchical link calls {@code link} like any link. */
        NAMED_BY_THE_PATTERN
    }

    /**
     * @param macros the macros that make a model this kind ({@code eff_sat}; {@code nh_link} and its deprecated
     *               alias {@code t_link})
     * @param label  how messages name the kind ({@code effectivity satellite})
     */
    public KindMacroRule(String id, List<String> macros, String label, NamingPattern model, NamingPattern folder,
                         Recognition recognition) {
        super(id, Severity.ERROR, "models calling automate_dv." + macros.get(0) + " follow the " + label
                        + " name, folder and hash key patterns",
                "rename the model to the " + model.name() + " pattern, move it to the " + folder.name()
                        + " folder, and key it by a link hash key");
        this.macros = List.copyOf(macros);
        this.label = label;
        this.model = model;
        this.folder = folder;
        this.recognition = recognition;
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        NamePattern names = NamePattern.of(ctx.naming().pattern(model));
        String expectedFolder = ctx.naming().pattern(folder);
        for (ModelFile file : ctx.project().models()) {
            if (file.metadata().macro().filter(macros::contains).isEmpty()
                    || (recognition == Recognition.KEYED_BY_A_LINK && !keyedByExistingLink(ctx, file))
                    || (recognition == Recognition.NAMED_BY_THE_PATTERN && !names.matches(file.name()))) {
                continue;
            }
            if (!names.matches(file.name())) {
                out.accept(finding(file.fileLocation(), label + " " + quote(file.name()) + " (it calls automate_dv."
                                + file.metadata().macro().get() + ") does not match the " + model.name()
                                + " pattern " + names,
                        "rename it to " + names + ", or set <" + model.name() + "> in the naming configuration"));
            } else if (!file.folder().equals(expectedFolder)) {
                out.accept(finding(file.fileLocation(), label + " " + quote(file.name()) + " is in "
                                + (file.folder().isEmpty() ? file.modelRoot() + "/" : file.folder())
                                + " but belongs in " + expectedFolder,
                        "move it to " + file.modelRoot() + "/" + expectedFolder + "/" + file.name() + ".sql"));
            }
            for (SqlColumnRef pk : file.metadata().parameter(SqlMetadata.SRC_PK)) {
                if (!ctx.linkHashKeyPattern().matches(pk.name()) || ctx.hubHashKeyPattern().splits(pk.name())
                        .stream().anyMatch(s -> ctx.project().hasModel(ctx.naming().hubModelName(s.get("entity"))))) {
                    out.accept(finding(ctx.columnLocation(file, pk), label + " " + quote(file.name())
                                    + " is keyed by " + quote(pk.name()) + ", which is not a link hash key ("
                                    + ctx.linkHashKeyPattern() + ")",
                            "key it by the hash key of the link it describes"));
                }
            }
        }
    }

    private static boolean keyedByExistingLink(RuleContext ctx, ModelFile file) {
        return file.metadata().parameter(SqlMetadata.SRC_PK).stream().anyMatch(pk -> ctx.linkHashKeyPattern()
                .splits(pk.name()).stream().anyMatch(s -> ctx.project().hasModel(ctx.naming().linkModelName(
                        s.get("link")))));
    }
}
