package io.dvmaven.templates.kinds.link;

import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.ArrayList;
import java.util.List;

/** Links: one model per relationship between hubs. */
public final class LinkFiles extends AbstractKindFiles {

    static final String TEMPLATE = "link.sql.mustache";

    public LinkFiles() {
        super("link", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (Link link : context.vault().links()) {
            List<String> entities = link.hubs().stream().map(LinkedHub::entity).sorted().toList();
            out.model(link.folder(), link.model(), id(), TEMPLATE, () -> view(context, link),
                    () -> doc(context, link), entities, link.sources(), List.of(link.spec()));
        }
    }

    static LinkView view(KindContext context, Link link) {
        return new LinkView(link.model(), link.hashKey(),
                Views.items(link.hubs().stream().map(LinkedHub::hashKey).toList()), link.stageModels().size() > 1,
                link.stageModels().get(0), Views.items(link.stageModels()), context.loadTimestamp(),
                context.recordSource(), Views.items(context.extraColumns(link.stageModels())));
    }

    static ModelDoc doc(KindContext context, Link link) {
        List<String> entities = link.hubs().stream().map(LinkedHub::entity).toList();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(link.name())).append(" Link\n\n");
        md.append("**Relationship**: ").append(link.name()).append(" between ")
                .append(String.join(" and ", entities));
        if (link.relationshipType() != null) {
            md.append(" (").append(link.relationshipType()).append(')');
        }
        md.append("\n\n");
        if (link.description() != null && !link.description().isBlank()) {
            md.append("**Description**: ").append(link.description()).append("\n\n");
        }
        md.append("**Hubs**:\n");
        link.hubs().forEach(h -> md.append("- ").append(title(h.entity())).append(": ").append(h.hubModel())
                .append(" (").append(h.hashKey()).append(")\n"));
        md.append("\n**Source Systems**: ").append(String.join(", ", link.sources()))
                .append(" (").append(String.join(", ", link.stageModels())).append(")\n\n");
        List<String> recordSources = context.recordSources(link.stageModels());
        md.append("**Record Sources**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(link.spec().file()).append('\n');

        List<String> keyInputs = link.hubs().stream().flatMap(h -> h.businessKeyColumns().stream()).toList();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(link.hashKey(), "Hash key of the " + link.name() + " relationship: hash of "
                + String.join(", ", keyInputs) + "; primary key of " + link.model(),
                List.of(test("unique"), test("not_null"))));
        for (LinkedHub hub : link.hubs()) {
            columns.add(column(hub.hashKey(), "Hash key of the " + hub.entity() + " in this relationship; "
                    + "foreign key to " + hub.hubModel(), List.of(test("not_null"),
                    relationships(hub.hubModel(), hub.hashKey()))));
        }
        columns.add(context.recordSourceColumn("Record source of the stage that first delivered this relationship",
                recordSources));
        columns.add(column(context.loadTimestamp(), "Load timestamp of the first load of this relationship",
                List.of(test("not_null"))));
        return new ModelDoc(link.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), false,
                List.of(), columns);
    }
}
