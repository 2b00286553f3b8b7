package io.dvmaven.templates.kinds.reftable;

import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.reftable.ReferenceTable;
import io.dvmaven.model.kinds.reftable.ReferenceTable.Delivery;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.sat.SatFiles;
import io.dvmaven.templates.kinds.sat.SatView;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference satellite of a reference table with {@code history: true}: {@code automate_dv.sat} keyed by the
 * code itself (no hash key), reading the delivery model, which keeps one row per code of the current delivery and
 * carries the hashdiff of the attributes. A changed attribute adds a row; an unchanged delivery adds nothing.
 */
final class ReferenceHistory {

    static final String TEMPLATE = "sat.sql.mustache";

    private ReferenceHistory() {
    }

    static SatView view(KindContext context, ReferenceTable table) {
        return new SatView(table.history().model(), table.code().name(), table.history().hashdiff(),
                Views.items(ReferenceTableFiles.attributeNames(table)), table.deliveryModel(), context.loadTimestamp(),
                context.recordSource(), null, List.of(), List.of(), context.options().settings().applySourceFilter());
    }

    static ModelDoc doc(KindContext context, ReferenceTable table) {
        String code = table.code().name();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(table.name())).append(" Reference Satellite\n\n");
        md.append("**Reference Table**: ").append(table.model()).append(" (").append(code).append(", the code; no ")
                .append("hash key)\n\n");
        md.append("**Sources**: ").append(ReferenceTableFiles.sourcesText(table)).append(" via ")
                .append(table.deliveryModel()).append("\n\n");
        md.append("**Change Detection**: a new row is stored when ").append(table.history().hashdiff())
                .append(" (hash of ").append(String.join(", ", ReferenceTableFiles.attributeNames(table).stream()
                        .sorted().toList())).append(") differs from the latest row of the code\n\n");
        boolean ghost = context.options().settings().ghostRecords();
        if (ghost) {
            md.append("**Ghost Record**: one row with record source ").append(ProjectSettings.GHOST_RECORD_SOURCE)
                    .append(", a NULL code and a zero hashdiff (AutomateDV enable_ghost_records); the tests of the ")
                    .append("code leave it out\n\n");
        }
        md.append("**Spec**: ").append(table.spec().file()).append('\n');

        String recordSource = context.recordSource();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(code, "Code of the " + table.name() + " reference data; foreign key to " + table.model(),
                List.of(ghost ? ColumnDocs.notNullWithoutGhost(recordSource) : test("not_null"), ghost
                        ? ColumnDocs.relationshipsWithoutGhost(table.model(), code, recordSource)
                        : ColumnDocs.relationships(table.model(), code))));
        columns.add(column(table.history().hashdiff(), "Hashdiff of the " + table.name() + " attributes; a change "
                + "creates a new row", List.of(test("not_null"))));
        table.attributes().forEach(a -> columns.add(column(a.name(), attributeDescription(a), List.of())));
        columns.add(context.recordSourceColumn("Record source of this row", SatFiles.rowRecordSources(context,
                table.deliveries().stream().map(Delivery::recordSource).distinct().sorted().toList())));
        columns.add(column(context.loadTimestamp(), "Load timestamp of this version of the " + table.name()
                + " attributes", List.of(test("not_null"))));
        List<TestDoc> tests = List.of(ColumnDocs.uniqueCombination(code, context.loadTimestamp()));
        return new ModelDoc(table.history().model(), YamlText.block(md.toString(),
                ColumnDocs.MODEL_DESCRIPTION_INDENT), true, tests, columns);
    }
}
