package io.dvmaven.templates.kinds.hub;

import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.orElse;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.KindContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A hub's entry in its folder's schema.yml: what the entity is, where its keys come from, and its tests. */
final class HubDoc {

    private HubDoc() {
    }

    static ModelDoc of(KindContext context, Hub hub) {
        Entity entity = hub.entity();
        String keyParts = String.join(", ", entity.businessKeyParts());
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(entity.name())).append(" Hub\n\n");
        md.append("**Business Entity**: ").append(orElse(entity.description(), title(entity.name()))).append("\n\n");
        md.append("**Business Key**: ").append(keyParts)
                .append(entity.compositeKey() ? " (composite key, columns " : " (column ")
                .append(String.join(", ", hub.businessKeyColumns())).append(")\n\n");
        md.append("**Source Systems**:\n");
        for (HubSource s : hub.sources()) {
            md.append("- ").append(s.source()).append(" (").append(String.join(" + ", s.keyFields()))
                    .append(") via ").append(s.stageModel());
            if (s.viaLink() != null) {
                md.append(", carried by link ").append(s.viaLink());
            }
            md.append('\n');
        }
        List<String> related = new ArrayList<>();
        for (String linkModel : hub.links()) {
            Link link = context.link(linkModel);
            if (link == null) {
                continue;
            }
            for (LinkedHub other : link.hubs()) {
                if (!other.entity().equals(entity.name())) {
                    related.add("- " + title(other.entity()) + " (via " + link.model() + ")");
                }
            }
        }
        if (!related.isEmpty()) {
            md.append("\n**Related Entities**:\n").append(String.join("\n", related)).append('\n');
        }
        List<String> recordSources = context.recordSources(hub.stageModels());
        md.append("\n**Record Sources**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(entity.spec().file()).append('\n');

        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(hub.hashKey(), "Hash key of " + entity.name() + ": hash of the business key ("
                + String.join(", ", hub.businessKeyColumns()) + "); primary key of " + hub.model(),
                List.of(test("unique"), test("not_null"))));
        for (int i = 0; i < hub.businessKeyColumns().size(); i++) {
            int part = i;
            String fields = hub.sources().stream()
                    .map(s -> s.source() + "." + (part < s.keyFields().size() ? s.keyFields().get(part) : "?"))
                    .distinct().collect(Collectors.joining(", "));
            String what = entity.compositeKey()
                    ? "Business key part " + entity.businessKeyParts().get(i) + " of " + entity.name()
                    : "Business key of " + entity.name() + " (" + keyParts + ")";
            columns.add(column(hub.businessKeyColumns().get(i), what + ", the natural key from: " + fields,
                    List.of(test("not_null"))));
        }
        columns.add(context.recordSourceColumn("Record source of the stage that first delivered this "
                + entity.name() + " key", recordSources));
        columns.add(column(context.loadTimestamp(), "Load timestamp of the first load of this " + entity.name()
                + " key", List.of(test("not_null"))));
        return new ModelDoc(hub.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), false,
                List.of(), columns);
    }
}
