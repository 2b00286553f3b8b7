package io.dvmaven.templates.kinds.sources;

import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
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
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Raw sources: one dbt properties file per raw table ({@code models/<source folder>/<table>.source.yml}), each
 * declaring the system's source with that one table, so that specs reading different tables never share a file.
 */
public final class SourcesFiles extends AbstractKindFiles {

    /** File kind of a source table's properties file. */
    public static final String KIND = "sources";

    static final String TEMPLATE = "sources.yml.mustache";

    public SourcesFiles() {
        super(KIND, List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (RawSource source : context.vault().rawSources()) {
            for (List<RawTable> reads : byTable(source).values()) {
                String table = reads.get(0).name();
                out.file(path(source, table), id(), TEMPLATE, () -> view(source, reads),
                        reads.stream().map(RawTable::entity).toList(), List.of(source.system()),
                        reads.stream().map(RawTable::spec).toList());
            }
        }
    }

    /** Where the source entry of one raw table is written. */
    public static String path(RawSource source, String table) {
        return "models/" + source.folder() + "/" + table + ".source.yml";
    }

    /** Several entities may read the same table: their reads grouped by table name. */
    private static Map<String, List<RawTable>> byTable(RawSource source) {
        Map<String, List<RawTable>> byName = new TreeMap<>();
        source.tables().forEach(t -> byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t));
        return byName;
    }

    /** The source with one table, its columns merged over the entities that read it in first-seen order. */
    static SourcesView view(RawSource source, List<RawTable> reads) {
        String name = reads.get(0).name();
        Map<String, RawColumn> columns = new LinkedHashMap<>();
        reads.forEach(t -> t.columns().forEach(c -> columns.putIfAbsent(c.name(), c)));
        String readBy = reads.stream().map(RawTable::entity).distinct().sorted().collect(Collectors.joining(", "));
        String tableDescription = reads.stream().map(RawTable::description).filter(d -> d != null && !d.isBlank())
                .findFirst().orElse("Raw table " + source.schema() + "." + name + " of source system "
                        + source.system());
        TableDoc table = new TableDoc(name, YamlText.quote(tableDescription + " (read for: " + readBy + ")"),
                columns.values().stream().map(c -> new SourceColumn(c.name(), quoted(columnDescription(c)),
                        c.dataType())).toList());
        return new SourcesView(source.name(), YamlText.quote("Raw layer of source system " + source.system()
                + " (schema " + source.schema() + "), read by the generated staging models in models/"
                + source.folder()), source.schema(), List.of(table), source.database());
    }

    private static String quoted(String description) {
        return description == null ? null : YamlText.quote(description);
    }

    /** The spec's description; a structural column (key, load timestamp) says what it is; an attribute none. */
    private static String columnDescription(RawColumn column) {
        if (column.description() != null && !column.description().isBlank()) {
            return column.description();
        }
        return switch (column.role()) {
            case BUSINESS_KEY -> "Business key column";
            case RELATED_BUSINESS_KEY -> "Business key of a related entity";
            case LOAD_TIMESTAMP -> "Load timestamp of the row";
            case ATTRIBUTE -> null;
            case EFFECTIVE_FROM -> "Business effective-from date of the row";
            case CARRIED -> "Carried into the vault";
        };
    }
}
