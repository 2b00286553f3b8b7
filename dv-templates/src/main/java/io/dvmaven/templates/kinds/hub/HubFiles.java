package io.dvmaven.templates.kinds.hub;

import io.dvmaven.model.vault.Hub;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.List;

/** Hubs: one model per business entity, loaded from every stage that carries its business key. */
public final class HubFiles extends AbstractKindFiles {

    static final String TEMPLATE = "hub.sql.mustache";

    public HubFiles() {
        super("hub", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (Hub hub : context.vault().hubs()) {
            out.model(hub.folder(), hub.model(), id(), TEMPLATE, () -> view(context, hub),
                    () -> HubDoc.of(context, hub), List.of(hub.entity().name()), hub.sourceSystems(), hub.specs());
        }
    }

    static HubView view(KindContext context, Hub hub) {
        List<String> stages = hub.stageModels().stream().distinct().toList();
        return new HubView(hub.model(), hub.hashKey(), hub.businessKeyColumns().size() > 1,
                hub.businessKeyColumns().get(0), Views.items(hub.businessKeyColumns()), stages.size() > 1,
                stages.get(0), Views.items(stages), context.loadTimestamp(), context.recordSource(),
                Views.items(context.extraColumns(stages)));
    }
}
