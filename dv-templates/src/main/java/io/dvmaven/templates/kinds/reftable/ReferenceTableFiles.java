package io.dvmaven.templates.kinds.reftable;

import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.reftable.ReferenceTable;
import io.dvmaven.model.kinds.reftable.ReferenceTable.Delivery;
import io.dvmaven.model.kinds.reftable.ReferenceTableKind;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.DbtText;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.reftable.DeliveryView.Branch;
import io.dvmaven.templates.kinds.reftable.DeliveryView.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reference tables: the {@code ref_table} model and the delivery model feeding it. AutomateDV 0.11.5's
 * {@code ref_table} with a list of source models writes one SELECT per model with no UNION between them (invalid
 * SQL), and its SELECT DISTINCT keeps two rows for a code delivered with two payloads; the delivery model unions the
 * sources and keeps one row per code, so {@code ref_table} always reads one model.
 */
public final class ReferenceTableFiles extends AbstractKindFiles {

    static final String TEMPLATE = "ref_table.sql.mustache";
    static final String DELIVERY_TEMPLATE = "ref_table_delivery.sql.mustache";

    public ReferenceTableFiles() {
        super("reference_table", List.of(TEMPLATE, DELIVERY_TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (ReferenceTable table : context.vault().all(ReferenceTable.class)) {
            List<String> sources = table.deliveries().stream().map(Delivery::system).distinct().sorted().toList();
            out.model(table.deliveryFolder(), table.deliveryModel(), id(), DELIVERY_TEMPLATE,
                    () -> deliveryView(context, table), () -> deliveryDoc(context, table), List.of(table.entity()),
                    sources, List.of(table.spec()));
            out.model(table.folder(), table.model(), id(), TEMPLATE, () -> view(context, table),
                    () -> doc(context, table), List.of(table.entity()), sources, List.of(table.spec()));
            if (table.history() != null) {
                out.model(table.folder(), table.history().model(), id(), ReferenceHistory.TEMPLATE,
                        () -> ReferenceHistory.view(context, table), () -> ReferenceHistory.doc(context, table),
                        List.of(table.entity()), sources, List.of(table.spec()));
            }
        }
    }

    static ReferenceTableView view(KindContext context, ReferenceTable table) {
        return new ReferenceTableView(table.model(), table.deliveryModel(), table.code().name(),
                !table.attributes().isEmpty(), Views.items(attributeNames(table)), context.loadTimestamp(),
                context.recordSource());
    }

    static DeliveryView deliveryView(KindContext context, ReferenceTable table) {
        List<Delivery> deliveries = table.deliveries();
        List<Branch> branches = IntStream.range(0, deliveries.size()).mapToObj(i -> {
            Delivery delivery = deliveries.get(i);
            List<Column> columns = IntStream.range(0, table.attributes().size()).mapToObj(a -> new Column(
                    table.attributes().get(a).name(), delivery.columns().get(a))).toList();
            return new Branch(delivery.rawSource(), delivery.table(), delivery.codeColumn(), columns,
                    delivery.loadTimestamp(), DbtText.sqlStringLiteral(delivery.recordSource()), i + 1,
                    i == deliveries.size() - 1);
        }).toList();
        return new DeliveryView(table.name(), table.code().name(), Views.items(attributeNames(table)), branches,
                context.loadTimestamp(), context.recordSource(), ReferenceTableKind.PRIORITY_COLUMN,
                ReferenceTableKind.RANK_COLUMN, table.history() == null ? null : table.history().hashdiff(),
                table.history() == null ? null : table.history().model());
    }

    static List<String> attributeNames(ReferenceTable table) {
        return table.attributes().stream().map(Attribute::name).toList();
    }

    static ModelDoc doc(KindContext context, ReferenceTable table) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(table.name())).append(" Reference Table\n\n");
        if (table.description() != null && !table.description().isBlank()) {
            md.append("**Reference Data**: ").append(table.description()).append("\n\n");
        }
        md.append("**Code**: ").append(table.code().name()).append(" (natural key, no hash key)\n\n");
        md.append("**Sources**: ").append(sourcesText(table)).append(" via ").append(table.deliveryModel())
                .append("\n\n");
        md.append("**Loading**: insert-only: the first row delivered for a code stays; later deliveries of a known ")
                .append("code, changed or not, add nothing. Rows without a code are not loaded.\n\n");
        md.append("**Spec**: ").append(table.spec().file()).append('\n');
        return new ModelDoc(table.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), false,
                List.of(), columns(context, table, "the first delivery of the code"));
    }

    static ModelDoc deliveryDoc(KindContext context, ReferenceTable table) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(table.name())).append(" Reference Delivery\n\n");
        md.append("**Feeds**: ").append(table.model()).append("\n\n");
        md.append("**Sources**: ").append(sourcesText(table)).append("\n\n");
        md.append("**One row per code**: of the rows delivered for a code, the one with the earliest load ")
                .append("timestamp; at the same load timestamp the source listed first in the spec; then the lowest ")
                .append("attribute values (NULLs last). Rows without a code are left out.\n\n");
        md.append("**Spec**: ").append(table.spec().file()).append('\n');
        return new ModelDoc(table.deliveryModel(), YamlText.block(md.toString(),
                ColumnDocs.MODEL_DESCRIPTION_INDENT), false, List.of(), columns(context, table, "the row kept"));
    }

    static String sourcesText(ReferenceTable table) {
        return String.join(", ", table.deliveries().stream().map(d -> d.system() + " (" + d.rawSource() + "."
                + d.table() + ")").toList());
    }

    private static List<ColumnDoc> columns(KindContext context, ReferenceTable table, String row) {
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(table.code().name(), ColumnDocs.orElse(table.code().description(), "Code of the "
                + table.name() + " reference data; the key"), List.of(test("not_null"), test("unique"))));
        table.attributes().forEach(a -> columns.add(column(a.name(), attributeDescription(a), List.of())));
        columns.add(column(context.loadTimestamp(), "Load timestamp of " + row, List.of(test("not_null"))));
        columns.add(context.recordSourceColumn("Record source of " + row, table.deliveries().stream()
                .map(Delivery::recordSource).distinct().sorted().toList()));
        return columns;
    }
}
