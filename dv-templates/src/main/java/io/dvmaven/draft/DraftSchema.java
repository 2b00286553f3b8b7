package io.dvmaven.draft;

import io.dvmaven.model.SpecSchema;
import io.dvmaven.model.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema the model's reply must follow: {@code {"drafts": [{"spec": <entity spec>, "assumptions": [...],
 * "open_questions": [...]}]}}. The entity spec part is the spec format's own schema ({@link #specSchema()}).
 */
public final class DraftSchema {

    /** Name of the schema as sent in {@code response_format.json_schema.name}. */
    public static final String NAME = "dv_spec_drafts";

    private DraftSchema() {
    }

    /** The schema of the whole reply. */
    public static Map<String, Object> responseSchema() {
        Map<String, Object> spec = new LinkedHashMap<>(specSchema());
        Map<String, Object> defs = new LinkedHashMap<>();
        // "#/$defs/..." references of the spec schema must keep resolving once it is nested, so hoist them
        for (String key : List.of("$defs", "definitions")) {
            if (spec.remove(key) instanceof Map<?, ?> map) {
                map.forEach((name, value) -> defs.put(String.valueOf(name), value));
            }
        }
        // editor-only keys: they cost tokens and some servers reject them
        spec.remove("$schema");
        spec.remove("$id");
        spec.remove("examples");
        Map<String, Object> draft = object(Map.of(
                "spec", spec,
                "assumptions", stringList("Choices made that the description did not state"),
                "open_questions", stringList("What a person must decide before the design can be used")),
                List.of("spec", "assumptions", "open_questions"));
        Map<String, Object> drafts = new LinkedHashMap<>();
        drafts.put("type", "array");
        drafts.put("minItems", 1);
        drafts.put("items", draft);
        Map<String, Object> root = object(Map.of("drafts", drafts), List.of("drafts"));
        if (!defs.isEmpty()) {
            root.put("$defs", defs);
        }
        return root;
    }

    /**
     * The schema of one entity spec: the spec format's published schema ({@link SpecSchema}), the same one editors
     * use, so the model is held to exactly what the parser accepts.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> specSchema() {
        try {
            return (Map<String, Object>) Json.parse(SpecSchema.text());
        } catch (Json.JsonSyntaxException e) {
            throw new IllegalStateException("the spec schema of dv-model is not JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        required.forEach(key -> sorted.put(key, properties.get(key)));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("required", required);
        schema.put("properties", sorted);
        return schema;
    }

    private static Map<String, Object> stringList(String description) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("description", description);
        schema.put("items", Map.of("type", "string"));
        return schema;
    }
}
