package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code source_mappings} section of a YAML/JSON entity document. */
final class SourceMappingSection {

    private static final List<String> MAPPING_KEYS = Stream.concat(Stream.of("schema", "table",
            "key_field", "load_timestamp", "record_source", "columns", "description"),
            StagingOptionsSection.KEYS.stream()).toList();

    private final SpecDocument doc;

    SourceMappingSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        entity.sourceMappings(parseMappings(top, entity.nameText(), entity.businessKey()));
    }

    private Map<String, SourceMappingSpec> parseMappings(SpecDocument.Section top, String entity, List<Ident> keyParts) {
        Map<String, SourceMappingSpec> mappings = new LinkedHashMap<>();
        MappingNode node = doc.requiredMapping(top, "source_mappings",
                "source_mappings: {<source>: {schema: ..., table: ..., key_field: ...}}");
        if (node == null) {
            return mappings;
        }
        SpecDocument.Section section = doc.section(node, "source_mappings", top.keyLocation("source_mappings"), null);
        for (Map.Entry<String, NodeTuple> entry : section.entries().entrySet()) {
            Node keyNode = entry.getValue().getKeyNode();
            Ident source = new Ident(entry.getKey(), doc.at(keyNode));
            doc.checkName(source, "source system");
            Node value = entry.getValue().getValueNode();
            if (!(value instanceof MappingNode mappingNode)) {
                doc.wrongType(value, "source mapping '" + source.value() + "'", "a mapping",
                        source.value() + ": {schema: ..., table: ..., key_field: ...}");
                continue;
            }
            String where = "source mapping '" + source.value() + "'";
            SpecDocument.Section mapping = doc.section(mappingNode, where, source.location(), MAPPING_KEYS);
            boolean model = mapping.value("model") != null;
            Ident schema = model ? notWithModel(mapping, "schema")
                    : doc.requiredName(mapping, "schema", "raw schema", "<raw schema>");
            Ident table = model ? notWithModel(mapping, "table")
                    : doc.requiredName(mapping, "table", "raw table", "<raw table>");
            if (model) {
                notWithModel(mapping, "database");
            }
            List<Ident> keyFields = parseKeyField(mapping, source.value(), entity, keyParts);
            Ident loadTimestamp = doc.optionalName(mapping, "load_timestamp", "load timestamp column");
            String recordSource = doc.optionalText(mapping, "record_source");
            String description = doc.optionalText(mapping, "description");
            Map<String, Ident> columns = ColumnRenames.read(doc, mapping, where);
            mappings.put(source.value(), new SourceMappingSpec(source.location(), source, schema, table, keyFields,
                    loadTimestamp, columns, recordSource, description, new StagingOptionsSection(doc).read(mapping)));
        }
        return mappings;
    }

    /** A raw location key beside {@code model}: a source is either a raw table or a dbt model. */
    private Ident notWithModel(SpecDocument.Section mapping, String key) {
        if (mapping.value(key) != null) {
            doc.diagnostics().error(mapping.keyLocation(key), "spec.source-kind", mapping.where() + " names both a "
                    + "dbt model (model) and a raw " + key + " (" + key + ")", "keep model: to read the dbt model with "
                    + "ref(), or remove it and give schema: and table: of the raw table");
        }
        return null;
    }

    private List<Ident> parseKeyField(SpecDocument.Section mapping, String source, String entity, List<Ident> keyParts) {
        String where = "source mapping '" + source + "'";
        Node node = mapping.value("key_field");
        String columnHint = "<column carrying the " + entity + " business key>";
        if (node == null) {
            doc.diagnostics().error(mapping.location(), "spec.missing-field", "missing required key 'key_field' in "
                    + where, "add key_field: " + columnHint);
            return List.of();
        }
        List<String> parts = keyParts.stream().map(Ident::value).toList();
        if (node instanceof MappingNode byPart) {
            SpecDocument.Section section = doc.section(byPart, "key_field of " + where, doc.at(node), null);
            Map<String, Ident> columns = new HashMap<>();
            section.entries().forEach((part, tuple) -> {
                if (!parts.isEmpty() && !parts.contains(part)) {
                    doc.diagnostics().error(doc.at(tuple.getKeyNode()), "spec.key-field", "key_field of " + where
                            + " names unknown key part '" + part + "'", Names.closest(part, parts)
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("use the business_key parts: " + String.join(", ", parts)));
                    return;
                }
                Ident column = doc.nameValue(tuple.getValueNode(), "key field", "'" + part + "' in key_field of "
                        + where, part + ": <column>");
                if (column != null) {
                    columns.put(part, column);
                }
            });
            List<Ident> ordered = new ArrayList<>();
            for (String part : parts) {
                Ident column = columns.get(part);
                if (column == null) {
                    doc.diagnostics().error(doc.at(node), "spec.key-field", "key_field of " + where
                            + " has no column for key part '" + part + "'", "add " + part + ": <column> to key_field");
                } else {
                    ordered.add(column);
                }
            }
            return ordered.size() == parts.size() ? List.copyOf(ordered) : List.of();
        }
        List<Ident> columns;
        if (node instanceof SequenceNode) {
            columns = doc.nameList(node, "key field", "'key_field' of " + where, "key_field: [<column>, ...]");
            if (columns.isEmpty() && ((SequenceNode) node).getValue().isEmpty()) {
                doc.diagnostics().error(doc.at(node), "spec.empty-list", "'key_field' of " + where + " is empty",
                        "add key_field: " + columnHint);
                return List.of();
            }
        } else {
            Ident column = doc.nameValue(node, "key field", "'key_field' of " + where, "key_field: " + columnHint);
            columns = column == null ? List.of() : List.of(column);
        }
        if (!parts.isEmpty() && !columns.isEmpty() && columns.size() != parts.size()) {
            doc.diagnostics().error(doc.at(node), "spec.key-field", "key_field of " + where + " gives " + SpecDocument.count(columns.size(),
                    "column") + " but the " + entity + " business key has " + SpecDocument.count(parts.size(), "part") + " ["
                    + String.join(", ", parts) + "]", "list one column per key part in business_key order, or map "
                    + "them: key_field: {" + parts.stream().map(p -> p + ": <column>")
                    .collect(Collectors.joining(", ")) + "}");
            return List.of();
        }
        return columns;
    }
}
