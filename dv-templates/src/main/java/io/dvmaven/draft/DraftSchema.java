package io.dvmaven.draft;

import io.dvmaven.model.DesignLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    /** The spec schema dv-model publishes; preferred when present. */
    static final String MODEL_SCHEMA = "io/dvmaven/model/dv-spec.schema.json";
    /** Used while dv-model publishes none. */
    static final String FALLBACK_SCHEMA = "io/dvmaven/draft/spec.schema.json";

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
        spec.remove("$schema");
        spec.remove("$id");
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
     * The schema of one entity spec. The one place to change when the spec schema moves: dv-model's published
     * schema if it is on the class path, else the copy shipped with this package.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> specSchema() {
        String text = resource(DesignLoader.class.getClassLoader(), MODEL_SCHEMA);
        if (text == null) {
            text = resource(DraftSchema.class.getClassLoader(), FALLBACK_SCHEMA);
        }
        if (text == null) {
            throw new IllegalStateException("spec schema " + FALLBACK_SCHEMA + " is missing from the plugin");
        }
        try {
            return (Map<String, Object>) Json.parse(text);
        } catch (Json.JsonSyntaxException e) {
            throw new IllegalStateException("the bundled spec schema is not JSON: " + e.getMessage(), e);
        }
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
