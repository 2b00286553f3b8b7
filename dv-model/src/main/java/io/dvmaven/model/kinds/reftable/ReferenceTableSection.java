package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.reftable.ReferenceTableSpec.ReferenceSourceSpec;
import io.dvmaven.model.kinds.sat.AttributeList;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.stage.ColumnRenames;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code reference_tables} section of a YAML/JSON entity document. */
final class ReferenceTableSection {

    static final String SECTION = "reference_tables";
    private static final List<String> KEYS = List.of("name", "description", "code", "attributes", "history",
            "sources");
    private static final List<String> SOURCE_KEYS = List.of("source", "schema", "table", "load_timestamp",
            "record_source", "columns");
    private static final String SOURCE_EXAMPLE =
            "- {source: <source system>, schema: <raw schema>, table: <raw table>}";

    private final SpecDocument doc;

    ReferenceTableSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        Map<String, SourceLocation> seen = new HashMap<>();
        List<ReferenceTableSpec> tables = new ArrayList<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, SECTION, "reference table", KEYS,
                SECTION + ": [{name: ..., code: ..., attributes: [...], sources: [...]}]",
                "- {name: ..., code: ..., attributes: [...], sources: [...]}", "reference table name",
                "<reference table>")) {
            SpecDocument.Section section = entry.section();
            Ident name = entry.name();
            String where = entry.where();
            if (name != null) {
                doc.duplicate(seen, name, "reference table '" + name.value() + "' is defined twice in this entity",
                        "rename one of the two reference tables or merge them");
            }
            String description = doc.optionalText(section, "description");
            Ident code = doc.requiredName(section, "code", "code column", "<code column>");
            List<AttributeSpec> attributes = section.value("attributes") == null ? List.of()
                    : AttributeList.read(doc, section, "attributes", where);
            if (code != null) {
                attributes.stream().filter(a -> a.name().value().equals(code.value())).findFirst()
                        .ifPresent(a -> doc.diagnostics().error(a.name().location(), "spec.duplicate-name",
                                "attribute '" + a.name().value() + "' of " + where + " is also its code (line "
                                        + code.location().line() + ")", "list the code only under code:"));
            }
            boolean history = history(section, where, attributes);
            List<ReferenceSourceSpec> sources = sources(section, where);
            if (name != null && code != null && !sources.isEmpty()) {
                tables.add(new ReferenceTableSpec(entry.location(), name, description,
                        new AttributeSpec(code, null), attributes, sources, history));
            }
        }
        entity.part(ReferenceTableSpec.class, tables);
    }

    /** {@code history: true} keeps every change of the attributes in a satellite: there must be attributes. */
    private boolean history(SpecDocument.Section table, String where, List<AttributeSpec> attributes) {
        Node node = table.value("history");
        boolean history = doc.optionalFlag(table, "history");
        if (history && attributes.isEmpty()) {
            doc.diagnostics().error(doc.at(node), "spec.history-without-attributes", "'history' of " + where
                    + " keeps the changes of its attributes, but it has none", "list the attributes under "
                    + "attributes: [...], or remove history: true (a table of codes only has no history to keep)");
        }
        return history;
    }

    private List<ReferenceSourceSpec> sources(SpecDocument.Section table, String where) {
        Node node = table.value("sources");
        if (node == null || SpecDocument.isNull(node)) {
            doc.missing(table, "sources", "[" + SOURCE_EXAMPLE.substring(2) + "]");
            return List.of();
        }
        List<Node> items = doc.optionalList(table, "sources", "sources: [" + SOURCE_EXAMPLE.substring(2) + "]");
        if (items.isEmpty() && node instanceof SequenceNode) {
            doc.diagnostics().error(doc.at(node), "spec.empty-list", "'sources' of " + where + " is empty",
                    "list at least one delivering table: " + SOURCE_EXAMPLE);
        }
        Map<String, SourceLocation> seen = new HashMap<>();
        List<ReferenceSourceSpec> sources = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof MappingNode mapping)) {
                doc.wrongType(item, "a sources entry of " + where, "a mapping", SOURCE_EXAMPLE);
                continue;
            }
            SpecDocument.Section section = doc.section(mapping, "a source of " + where, doc.at(item), SOURCE_KEYS);
            Ident source = doc.requiredName(section, "source", "source system", "<source system>");
            String sourceWhere = source == null ? "a source of " + where
                    : "source '" + source.value() + "' of " + where;
            section.rename(sourceWhere);
            if (source != null) {
                doc.duplicate(seen, source, "source '" + source.value() + "' is listed twice in " + where,
                        "list each source system once (one delivering table per source)");
            }
            Ident schema = doc.requiredName(section, "schema", "raw schema", "<raw schema>");
            Ident rawTable = doc.requiredName(section, "table", "raw table", "<raw table>");
            Ident loadTimestamp = doc.optionalName(section, "load_timestamp", "load timestamp column");
            String recordSource = doc.optionalText(section, "record_source");
            Map<String, Ident> columns = ColumnRenames.read(doc, section, sourceWhere);
            if (source != null && schema != null && rawTable != null) {
                sources.add(new ReferenceSourceSpec(doc.at(item), source, schema, rawTable, loadTimestamp,
                        recordSource, columns));
            }
        }
        return sources;
    }

    /** Every rename of a delivering table must name the code or an attribute. */
    static void checkRenames(SpecDocument doc, List<ReferenceTableSpec> tables) {
        for (ReferenceTableSpec table : tables) {
            List<String> known = new ArrayList<>();
            known.add(table.code().name().value());
            table.attributes().forEach(a -> known.add(a.name().value()));
            for (ReferenceSourceSpec source : table.sources()) {
                for (String renamed : source.columns().keySet()) {
                    if (!known.contains(renamed)) {
                        doc.diagnostics().error(source.columns().get(renamed).location(), "spec.unknown-column",
                                "columns of source '" + source.source().value() + "' of reference table '"
                                        + table.name().value() + "' renames '" + renamed + "', which is neither its "
                                        + "code nor one of its attributes", Names.closest(renamed, known)
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("use one of: " + String.join(", ", known)));
                    }
                }
            }
        }
    }
}
