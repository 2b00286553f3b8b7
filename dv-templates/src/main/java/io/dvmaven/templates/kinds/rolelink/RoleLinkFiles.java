package io.dvmaven.templates.kinds.rolelink;

import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;

import io.dvmaven.model.kinds.rolelink.RoleLink;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.link.LinkView;
import java.util.ArrayList;
import java.util.List;

/**
 * Hierarchical and same-as links: rendered with the link template (the same AutomateDV {@code link} macro) with one
 * hub hash key per role, each tested against the hub.
 */
public final class RoleLinkFiles extends AbstractKindFiles {

    /** The link's template: a user's override of it applies to these links too. */
    static final String TEMPLATE = "link.sql.mustache";

    public RoleLinkFiles() {
        super("role_link", List.of());
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (RoleLink link : context.vault().all(RoleLink.class)) {
            out.model(link.folder(), link.model(), id(), TEMPLATE, () -> new LinkView(link.model(), link.hashKey(),
                            Views.items(link.roles().stream().map(RoleLink.Role::hashKey).toList()),
                            link.stageModels().size() > 1, link.stageModels().get(0), Views.items(link.stageModels()),
                            context.loadTimestamp(), context.recordSource(),
                            Views.items(context.extraColumns(link.stageModels()))),
                    () -> doc(context, link), List.of(link.entity()), link.sources(), List.of(link.spec()));
        }
    }

    static ModelDoc doc(KindContext context, RoleLink link) {
        List<String> roles = link.roles().stream().map(RoleLink.Role::name).toList();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(link.name())).append(' ').append(title(link.type().label().replace('-', '_').replace(' ', '_')))
                .append("\n\n");
        md.append("**Relationship**: ").append(link.name()).append(" joins ").append(link.entity())
                .append(" with itself in the roles ").append(String.join(", ", roles)).append(": ")
                .append(link.type().meaning()).append("\n\n");
        if (link.description() != null && !link.description().isBlank()) {
            md.append("**Description**: ").append(link.description()).append("\n\n");
        }
        md.append("**Hub**: ").append(link.hubModel()).append(", once per role:\n");
        link.roles().forEach(r -> md.append("- ").append(title(r.name())).append(": ").append(r.hashKey())
                .append('\n'));
        md.append("\n**Source Systems**: ").append(String.join(", ", link.sources())).append(" (")
                .append(String.join(", ", link.stageModels())).append(")\n\n");
        List<String> recordSources = context.recordSources(link.stageModels());
        md.append("**Record Sources**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(link.spec().file()).append('\n');

        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(link.hashKey(), "Hash key of the " + link.name() + " relationship: hash of the "
                + String.join(", ", roles) + " keys; primary key of " + link.model(),
                List.of(test("unique"), test("not_null"))));
        for (RoleLink.Role role : link.roles()) {
            columns.add(column(role.hashKey(), "Hash key of the " + role.name() + " " + link.entity() + "; foreign key"
                    + " to " + link.hubModel() + "." + link.hubHashKey(), List.of(test("not_null"),
                    relationships(link.hubModel(), link.hubHashKey()))));
        }
        columns.add(context.recordSourceColumn("Record source of the stage that first delivered this relationship",
                recordSources));
        columns.add(column(context.loadTimestamp(), "Load timestamp of the first load of this relationship",
                List.of(test("not_null"))));
        return new ModelDoc(link.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), false,
                List.of(), columns);
    }
}
