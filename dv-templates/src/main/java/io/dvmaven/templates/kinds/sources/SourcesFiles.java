package io.dvmaven.templates.kinds.sources;

import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.sources.SourcesView.SourceColumn;
import io.dvmaven.templates.kinds.sources.SourcesView.TableDoc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Raw sources: one dbt {@code sources.yml} per source system, listing the tables the stages read. */
public final class SourcesFiles extends AbstractKindFiles {

    /** File kind of a sources.yml. */
    public static final String KIND = "sources";

    static final String TEMPLATE = "sources.yml.mustache";

    public SourcesFiles() {
        super(KIND, List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (RawSource source : context.vault().rawSources()) {
            Set<String> entities = new TreeSet<>();
            Set<SpecRef> specs = new TreeSet<>();
            source.tables().forEach(t -> {
                entities.add(t.entity());
                specs.add(t.spec());
            });
            out.file("models/" + source.folder() + "/sources.yml", id(), TEMPLATE, () -> view(source),
                    List.copyOf(entities), List.of(source.system()), List.copyOf(specs));
        }
    }

    static SourcesView view(RawSource source) {
        // Several entities may read the same table: one table entry, columns merged in first-seen order.
        Map<String, List<RawTable>> byName = new TreeMap<>();
        source.tables().forEach(t -> byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t));
        List<TableDoc> tables = new ArrayList<>();
        byName.forEach((name, reads) -> {
            Map<String, RawColumn> columns = new LinkedHashMap<>();
            reads.forEach(t -> t.columns().forEach(c -> columns.putIfAbsent(c.name(), c)));
            String readBy = reads.stream().map(RawTable::entity).distinct().sorted().collect(Collectors.joining(", "));
            String tableDescription = reads.stream().map(RawTable::description).filter(d -> d != null && !d.isBlank())
                    .findFirst().orElse("Raw table " + source.schema() + "." + name + " of source system "
                            + source.system());
            tables.add(new TableDoc(name, YamlText.quote(tableDescription + " (read for: " + readBy + ")"),
                    columns.values().stream().map(c -> new SourceColumn(c.name(), YamlText.quote(columnDescription(c)),
                            c.dataType())).toList()));
        });
        return new SourcesView(source.name(), YamlText.quote("Raw layer of source system " + source.system()
                + " (schema " + source.schema() + "), read by the generated staging models in models/"
                + source.folder()), source.schema(), tables, source.database());
    }

    private static String columnDescription(RawColumn column) {
        if (column.description() != null && !column.description().isBlank()) {
            return column.description();
        }
        return switch (column.role()) {
            case BUSINESS_KEY -> "Business key column";
            case RELATED_BUSINESS_KEY -> "Business key of a related entity";
            case LOAD_TIMESTAMP -> "Load timestamp of the row";
            case ATTRIBUTE -> "Attribute";
            case EFFECTIVE_FROM -> "Business effective-from date of the row";
            case CARRIED -> "Carried into the vault";
        };
    }
}
