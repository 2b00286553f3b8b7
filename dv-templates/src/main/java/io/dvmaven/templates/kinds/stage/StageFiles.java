package io.dvmaven.templates.kinds.stage;

import static io.dvmaven.templates.ColumnDocs.attributeDescription;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.orElse;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.StageNullColumns;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.stage.StageView.DerivedView;
import io.dvmaven.templates.kinds.stage.StageView.HashView;
import io.dvmaven.templates.kinds.stage.StageView.NullColumnsView;
import io.dvmaven.templates.kinds.stage.StageView.VarView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Staging models: one view per entity and source table, computing the hash keys and hashdiffs the vault loads. */
public final class StageFiles extends AbstractKindFiles {

    static final String TEMPLATE = "stage.sql.mustache";

    public StageFiles() {
        super("stage", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (Stage stage : context.vault().stages()) {
            out.model(stage.folder(), stage.model(), id(), TEMPLATE, () -> view(stage), () -> doc(context, stage),
                    List.of(stage.entity()), List.of(stage.source()), List.of(stage.spec()));
        }
    }

    static StageView view(Stage stage) {
        List<DerivedView> derived = stage.derivedColumns().stream().filter(d -> d.var() == null)
                .map(d -> new DerivedView(d.name(), d.generatedSql() ? generatedSql(d.expression())
                        : YamlText.scalar(d.expression()))).toList();
        List<VarView> vars = stage.derivedColumns().stream().filter(d -> d.var() != null)
                .map(d -> new VarView(d.name(), d.var(), d.type())).toList();
        List<HashView> hashed = stage.hashedColumns().stream().map(h -> {
            boolean single = !h.hashdiff() && h.columns().size() == 1;
            return new HashView(h.name(), h.hashdiff(), single, single ? h.columns().get(0) : "",
                    Views.items(h.columns()), h.excludes());
        }).toList();
        StageNullColumns nulls = stage.nullColumns();
        NullColumnsView nullColumns = nulls.isEmpty() ? null
                : new NullColumnsView(!nulls.required().isEmpty(),
                Views.items(nulls.required()), !nulls.optional().isEmpty(), Views.items(nulls.optional()));
        return new StageView(stage.model(), stage.rawSourceName(), stage.rawTable(), derived, hashed,
                stage.options().sourceModel(), vars, nullColumns);
    }

    static ModelDoc doc(KindContext context, Stage stage) {
        RawSource raw = context.rawSource(stage.source());
        String description = "Staging view of " + stage.entity() + " rows from source system " + stage.source()
                + " (" + (raw == null ? "" : raw.schema() + ".") + stage.rawTable() + "): adds the business key(s), "
                + (stage.recordSource() == null ? "a record source computed per row"
                : "record source '" + stage.recordSource() + "'") + " and load timestamp, and computes the hash keys and "
                + "hashdiffs the vault tables load from. Source columns are passed through unchanged.";
        List<ColumnDoc> columns = new ArrayList<>();
        Set<String> documented = new LinkedHashSet<>();
        for (DerivedColumn d : stage.derivedColumns()) {
            documented.add(d.name());
            boolean constant = d.description() == null && d.expression() != null && d.expression().startsWith("!");
            columns.add(column(d.name(), constant ? "Constant " + d.expression().substring(1) : d.description(),
                    List.of()));
        }
        for (HashedColumn h : stage.hashedColumns()) {
            documented.add(h.name());
            columns.add(column(h.name(), orElse(h.description(), (h.hashdiff() ? "Hashdiff" : "Hash key")
                    + " over " + String.join(", ", h.columns())), List.of()));
        }
        for (Attribute a : stage.attributes()) {
            if (documented.add(a.name())) {
                columns.add(column(a.name(), attributeDescription(a), List.of()));
            }
        }
        return new ModelDoc(stage.model(), YamlText.quote(description), false, List.of(), columns);
    }

    /** SQL the generator built from checked identifiers: quoted for YAML, its Jinja calls left live. */
    private static String generatedSql(String sql) {
        return "'" + sql.replace("'", "''") + "'";
    }
}
