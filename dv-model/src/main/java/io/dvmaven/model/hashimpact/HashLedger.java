package io.dvmaven.model.hashimpact;

import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The accepted hash definitions, committed with the project ({@code dv-hash-ledger.json} beside
 * {@code dbt_project.yml}) so that a clean clone knows what the stored hashes were computed from. dv:generate
 * rewrites it after every successful run; nobody edits it by hand.
 *
 * @param definitions   accepted definitions by {@code stage.column}
 * @param acknowledged  for definitions accepted through a {@code rehash} entry, that entry's date, by key
 */
public record HashLedger(SortedMap<String, HashDefinition> definitions, SortedMap<String, String> acknowledged) {

    public static final String FILE_NAME = "dv-hash-ledger.json";
    private static final int FORMAT = 1;

    public static HashLedger empty() {
        return new HashLedger(new TreeMap<>(), new TreeMap<>());
    }

    /** The ledger of a project, empty when it has none yet. */
    public static HashLedger read(Path project) throws IOException {
        Path file = project.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return fromJson(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (Json.JsonSyntaxException | RuntimeException e) {
            throw new IOException(file + " is not a hash ledger written by dv:generate (" + e.getMessage()
                    + "); restore it from version control", e);
        }
    }

    /** The file's content: sorted, LF, no timestamps. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("note", "Hash definitions the stored hash keys and hashdiffs were computed from. Written by "
                + "dv:generate; commit it. A change needs a rehash entry in the project settings.");
        Map<String, Object> entries = new LinkedHashMap<>();
        definitions.forEach((key, d) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", d.hashdiff() ? "hashdiff" : "hash_key");
            entry.put("inputs", d.inputs());
            entry.put("algorithm", d.algorithm());
            entry.put("casing", d.casing());
            if (d.concatString() != null) {
                entry.put("concat_string", d.concatString());
            }
            if (d.nullPlaceholder() != null) {
                entry.put("null_placeholder_string", d.nullPlaceholder());
            }
            entry.put("models", d.models());
            if (acknowledged.containsKey(key)) {
                entry.put("rehash_acknowledged", acknowledged.get(key));
            }
            entries.put(key, entry);
        });
        root.put("definitions", entries);
        return Json.writePretty(root);
    }

    @SuppressWarnings("unchecked")
    private static HashLedger fromJson(Object parsed) {
        Map<String, Object> root = (Map<String, Object>) parsed;
        SortedMap<String, HashDefinition> definitions = new TreeMap<>();
        SortedMap<String, String> acknowledged = new TreeMap<>();
        Map<String, Object> entries = (Map<String, Object>) root.get("definitions");
        entries.forEach((key, value) -> {
            Map<String, Object> entry = (Map<String, Object>) value;
            int dot = key.indexOf('.');
            definitions.put(key, new HashDefinition(key.substring(0, dot), key.substring(dot + 1),
                    "hashdiff".equals(entry.get("kind")), strings(entry.get("inputs")), (String) entry.get("algorithm"),
                    (String) entry.get("casing"), (String) entry.get("concat_string"),
                    (String) entry.get("null_placeholder_string"), strings(entry.get("models"))));
            if (entry.get("rehash_acknowledged") instanceof String date) {
                acknowledged.put(key, date);
            }
        });
        return new HashLedger(definitions, acknowledged);
    }

    private static List<String> strings(Object list) {
        List<String> values = new ArrayList<>();
        for (Object item : (List<?>) list) {
            values.add((String) item);
        }
        return values;
    }
}
