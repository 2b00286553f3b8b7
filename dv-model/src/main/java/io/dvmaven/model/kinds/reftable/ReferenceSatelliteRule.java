package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import io.dvmaven.model.rules.NamePattern;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV033: a reference satellite (a model calling {@code automate_dv.sat} keyed by a reference table's code, or named
 * {@code ref_s_...}) fits the {@code referenceSatelliteModel} pattern, lives in the reference table folder, its
 * reference table exists and it is keyed by that table's code. Generated and hand-written models alike.
 */
final class ReferenceSatelliteRule implements NamingRule {

    @Override
    public String id() {
        return "DV033";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "reference satellites fit " + ReferenceTableKind.HISTORY_MODEL.defaultPattern()
                + ", live with their reference table and are keyed by its code";
    }

    @Override
    public String help() {
        return "rename the reference satellite after its reference table, move it to the reference table folder and "
                + "key it by the table's code";
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        NamePattern names = NamePattern.of(ctx.naming().pattern(ReferenceTableKind.HISTORY_MODEL));
        String folder = ctx.naming().pattern(ReferenceTableKind.FOLDER);
        for (ModelFile model : ctx.project().models()) {
            boolean named = names.hasAffix() && names.hasAffixOf(model.name());
            // a reference table whose own name starts like the pattern (ref_s_hipping) is DV032's
            boolean referenceTable = model.metadata().macro().equals(Optional.of("ref_table"));
            if (!ctx.keyedByReferenceCode(model) && (!named || referenceTable)) {
                continue;
            }
            List<Map<String, String>> splits = names.splits(model.name());
            if (splits.isEmpty()) {
                out.accept(finding(model.fileLocation(), "reference satellite '" + model.name() + "' does not fit "
                        + names, "rename it to " + names + ", or set <referenceSatelliteModel> in the naming "
                        + "configuration"));
                continue;
            }
            if (!model.folder().equals(folder)) {
                out.accept(finding(model.fileLocation(), "reference satellite '" + model.name() + "' is in "
                        + (model.folder().isEmpty() ? model.modelRoot() + "/" : model.folder()) + " but belongs in "
                        + folder, "move it to " + model.modelRoot() + "/" + folder + "/" + model.name() + ".sql"));
            }
            String table = ReferenceTableKind.modelName(ctx.naming(), splits.get(0).get("table"));
            Optional<ModelFile> reference = ctx.project().model(table);
            if (reference.isEmpty()) {
                out.accept(finding(model.fileLocation(), "reference table '" + table + "' of reference satellite '"
                        + model.name() + "' does not exist", "add the reference table " + table
                        + ", or rename the satellite after an existing reference table"));
                continue;
            }
            List<String> code = reference.get().metadata().parameter(SqlMetadata.SRC_PK).stream()
                    .map(SqlColumnRef::name).toList();
            for (SqlColumnRef pk : model.metadata().parameter(SqlMetadata.SRC_PK)) {
                if (!code.contains(pk.name())) {
                    out.accept(finding(ctx.columnLocation(model, pk), "reference satellite '" + model.name()
                            + "' is keyed by '" + pk.name() + "', not by the code of " + table + " ("
                            + String.join(", ", code) + ")", "set its src_pk to the code of " + table));
                }
            }
        }
    }

    private Diagnostic finding(SourceLocation at, String message, String fix) {
        return new Diagnostic(at, Severity.ERROR, id(), message, fix);
    }
}
