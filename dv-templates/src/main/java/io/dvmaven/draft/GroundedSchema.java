package io.dvmaven.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restricts the reply schema to the tables and columns of a {@link SourceCatalog}: source schema, table and key
 * columns become enums, so a server that enforces the schema cannot name anything else, and tells the model in
 * the prompt which tables exist. Servers that ignore the schema are caught by {@link GroundingCheck}.
 */
final class GroundedSchema {

    private GroundedSchema() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> restrict(Map<String, Object> schema, SourceCatalog catalog) {
        if (catalog.isEmpty() || !(schema.get("$defs") instanceof Map<?, ?> defs)
                || !(defs.get("sourceMapping") instanceof Map<?, ?> mapping)
                || !(mapping.get("properties") instanceof Map<?, ?> properties)) {
            return schema;
        }
        Map<String, Object> restrictedProperties = new LinkedHashMap<>((Map<String, Object>) properties);
        restrictedProperties.put("schema", enumOf(catalog.schemas(), properties.get("schema")));
        restrictedProperties.put("table", enumOf(catalog.tables(), properties.get("table")));
        if (!catalog.columns().isEmpty()) {
            Map<String, Object> column = enumOf(catalog.columns(), null);
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("description", "The column(s) carrying the business key: one column, a list (one per business "
                    + "key part), or business key part -> column");
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("type", "array");
            list.put("minItems", 1);
            list.put("items", column);
            Map<String, Object> byPart = new LinkedHashMap<>();
            byPart.put("type", "object");
            byPart.put("additionalProperties", column);
            key.put("oneOf", List.of(column, list, byPart));
            restrictedProperties.put("key_field", key);
        }
        Map<String, Object> restrictedMapping = new LinkedHashMap<>((Map<String, Object>) mapping);
        restrictedMapping.put("properties", restrictedProperties);
        Map<String, Object> restrictedDefs = new LinkedHashMap<>((Map<String, Object>) defs);
        restrictedDefs.put("sourceMapping", restrictedMapping);
        Map<String, Object> restricted = new LinkedHashMap<>(schema);
        restricted.put("$defs", restrictedDefs);
        return restricted;
    }

    static String promptSection(SourceCatalog catalog) {
        if (catalog.isEmpty()) {
            return "";
        }
        return "\n\nSource tables you may use (schema.table: columns). Use only these tables and columns; if the "
                + "description needs anything else, say so in open_questions:\n" + catalog.describe();
    }

    private static Map<String, Object> enumOf(Iterable<String> values, Object original) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (original instanceof Map<?, ?> map && map.get("description") instanceof String description) {
            schema.put("description", description);
        }
        schema.put("type", "string");
        List<String> list = new ArrayList<>();
        values.forEach(list::add);
        schema.put("enum", list);
        return schema;
    }
}
