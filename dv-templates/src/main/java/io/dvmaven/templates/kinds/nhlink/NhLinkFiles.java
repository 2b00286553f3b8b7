package io.dvmaven.templates.kinds.nhlink;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;
import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.nhlink.TransactionalLink;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Non-historised links: one model per transaction kind, tested tier 1 (hash keys, relationships to the hubs) and
 * tier 2 (the transaction key is unique: a transaction lands once, however often it is delivered).
 */
public final class NhLinkFiles extends AbstractKindFiles {

    static final String TEMPLATE = "nh_link.sql.mustache";

    public NhLinkFiles() {
        super("nh_link", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (TransactionalLink link : context.vault().all(TransactionalLink.class)) {
            List<String> entities = link.hubs().stream().map(LinkedHub::entity).sorted().toList();
            out.model(link.folder(), link.model(), id(), TEMPLATE, () -> view(context, link),
                    () -> doc(context, link), entities, List.of(link.source()), List.of(link.spec()));
        }
    }

    static NhLinkView view(KindContext context, TransactionalLink link) {
        return new NhLinkView(link.model(), link.hashKey(),
                Views.items(link.hubs().stream().map(LinkedHub::hashKey).toList()), Views.items(payload(link)),
                link.effectiveFrom(), link.stageModel(), context.loadTimestamp(), context.recordSource());
    }

    /** The stored columns besides keys and dates: the transaction key first, then the payload. */
    private static List<String> payload(TransactionalLink link) {
        return Stream.concat(link.transactionKey().stream(), link.payload().stream().map(Attribute::name)).toList();
    }

    static ModelDoc doc(KindContext context, TransactionalLink link) {
        List<String> entities = link.hubs().stream().map(LinkedHub::entity).toList();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(link.name())).append(" Transactional Link\n\n");
        md.append("**Transaction**: ").append(link.name()).append(" of ").append(String.join(" and ", entities))
                .append("; one row per transaction, never updated (non-historised)\n\n");
        if (link.description() != null && !link.description().isBlank()) {
            md.append("**Description**: ").append(link.description()).append("\n\n");
        }
        md.append("**Hubs**:\n");
        link.hubs().forEach(h -> md.append("- ").append(title(h.entity())).append(": ").append(h.hubModel())
                .append(" (").append(h.hashKey()).append(")\n"));
        md.append("\n**Transaction Key**: ").append(String.join(", ", link.transactionKey()))
                .append("; a transaction delivered again is not stored again\n\n");
        md.append("**Effective From**: ").append(link.effectiveFrom()).append("\n\n");
        md.append("**Source System**: ").append(link.source()).append(" via ").append(link.stageModel())
                .append("\n\n");
        List<String> recordSources = context.recordSources(List.of(link.stageModel()));
        md.append("**Record Source**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(link.spec().file()).append('\n');

        List<String> keyInputs = Stream.concat(link.hubs().stream().flatMap(h -> h.businessKeyColumns().stream()),
                link.transactionKey().stream()).toList();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(link.hashKey(), "Hash key of the " + link.name() + " transaction: hash of "
                + String.join(", ", keyInputs) + "; primary key of " + link.model(),
                List.of(test("unique"), test("not_null"))));
        for (LinkedHub hub : link.hubs()) {
            columns.add(column(hub.hashKey(), "Hash key of the " + hub.entity() + " in this transaction; foreign key "
                    + "to " + hub.hubModel(), List.of(test("not_null"), relationships(hub.hubModel(), hub.hashKey()))));
        }
        for (String key : link.transactionKey()) {
            columns.add(column(key, "Transaction key (identifies the transaction)", List.of(test("not_null"))));
        }
        for (Attribute a : link.payload()) {
            String description = attributeDescription(a);
            columns.add(column(a.name(), description == null ? null : description + " (from " + link.source() + "."
                    + a.sourceColumn() + ")", List.of()));
        }
        columns.add(column(link.effectiveFrom(), "Business date of the transaction", List.of(test("not_null"))));
        columns.add(context.recordSourceColumn("Record source of the stage that delivered this transaction",
                recordSources));
        columns.add(column(context.loadTimestamp(), "Load timestamp of the load that first delivered this transaction",
                List.of(test("not_null"))));
        List<TestDoc> tests = List.of(new TestDoc("dv_unique_combination_of_columns:\n" + MODEL_TEST_INDENT
                + "arguments:\n" + MODEL_TEST_INDENT + "  combination_of_columns: ["
                + String.join(", ", link.transactionKey()) + "]"));
        return new ModelDoc(link.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }
}
