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
import java.util.stream.Stream;

/**
 * The accepted hash definitions, committed with the project (folder {@code dv-hash-ledger/} beside
 * {@code dbt_project.yml}, one {@code <staging model>.json} per staging model, so that branches changing different
 * entities merge without a conflict) so that a clean clone knows what the stored hashes were computed from.
 * dv:generate rewrites it after every successful run; nobody edits it by hand.
 *
 * @param definitions   accepted definitions by {@code stage.column}
 * @param acknowledged  for definitions accepted through a {@code rehash} entry, that entry's date, by key
 */
public record HashLedger(SortedMap<String, HashDefinition> definitions, SortedMap<String, String> acknowledged) {

    /** The ledger's folder, relative to the project directory. */
    public static final String DIRECTORY = "dv-hash-ledger";
    private static final String SUFFIX = ".json";
    private static final int FORMAT = 1;

    public static HashLedger empty() {
        return new HashLedger(new TreeMap<>(), new TreeMap<>());
    }

    /** The ledger of a project, empty when it has none yet. */
    public static HashLedger read(Path project) throws IOException {
        return of(project, readFiles(project));
    }

    /** The ledger files of a project as they are: name to text, sorted; empty when it has none yet. */
    public static SortedMap<String, String> readFiles(Path project) throws IOException {
        Path directory = project.resolve(DIRECTORY);
        SortedMap<String, String> texts = new TreeMap<>();
        if (Files.isDirectory(directory)) {
            for (Path file : files(directory)) {
                texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** The ledger that the files {@link #readFiles} returned for {@code project} hold. */
    public static HashLedger of(Path project, SortedMap<String, String> files) throws IOException {
        HashLedger ledger = empty();
        for (Map.Entry<String, String> file : files.entrySet()) {
            try {
                addJson(Json.parse(file.getValue()), ledger.definitions, ledger.acknowledged);
            } catch (Json.JsonSyntaxException | RuntimeException e) {
                throw new IOException(project.resolve(DIRECTORY).resolve(file.getKey()) + " is not a hash ledger "
                        + "file written by dv:generate (" + e.getMessage() + "); restore it from version control", e);
            }
        }
        return ledger;
    }

    /** The ledger files in {@code directory}, sorted by name. */
    public static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> listed = Files.list(directory)) {
            return listed.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** The files of the ledger: name ({@code stg_member_crm.json}) to content, sorted, LF, no timestamps. */
    public SortedMap<String, String> toFiles() {
        SortedMap<String, SortedMap<String, HashDefinition>> byStage = new TreeMap<>();
        definitions.forEach((key, d) -> byStage.computeIfAbsent(d.stage(), s -> new TreeMap<>()).put(key, d));
        SortedMap<String, String> files = new TreeMap<>();
        byStage.forEach((stage, stageDefinitions) -> files.put(stage + SUFFIX, toJson(stageDefinitions)));
        return files;
    }

    private String toJson(SortedMap<String, HashDefinition> stageDefinitions) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("note", "Hash definitions the stored hash keys and hashdiffs of one staging model were computed "
                + "from. Written by dv:generate; commit it. A change needs a rehash entry in the project settings.");
        Map<String, Object> entries = new LinkedHashMap<>();
        stageDefinitions.forEach((key, d) -> {
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
    private static void addJson(Object parsed, SortedMap<String, HashDefinition> definitions,
                                SortedMap<String, String> acknowledged) {
        Map<String, Object> root = (Map<String, Object>) parsed;
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
    }

    private static List<String> strings(Object list) {
        List<String> values = new ArrayList<>();
        for (Object item : (List<?>) list) {
            values.add((String) item);
        }
        return values;
    }
}
