package io.dvmaven.draft;

import io.dvmaven.draft.eval.SpecScorer;
import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * What reviewers changed: dv:draft keeps the model's spec as {@code dv-feedback/<entity>.drafted.json}; dv:approve
 * compares it with the approved spec field by field (the fields of the evaluation) and appends one JSON line to
 * {@code dv-feedback/<entity>.log}: who, when, model, whether it was approved without edits, the facts added,
 * removed and changed per field, and the tests (business rules) of the approved spec. Read to improve prompts.
 */
public final class DraftFeedback {

    public static final String DIRECTORY = "dv-feedback";

    private DraftFeedback() {
    }

    /** Keeps the model's spec of {@code entity} until approval. */
    static void keepDrafted(Path projectDirectory, String entity, Map<String, Object> spec) throws IOException {
        Path folder = projectDirectory.resolve(DIRECTORY);
        Files.createDirectories(folder);
        Path file = folder.resolve(entity + ".drafted.json");
        Path temp = folder.resolve(entity + ".drafted.json.tmp");
        Files.writeString(temp, Json.writePretty(spec).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Appends the feedback line of an approval; nothing when dv:draft kept no drafted spec (a hand-written draft).
     *
     * @return the line written, or {@code null}
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> record(Path projectDirectory, ApprovalLedger.Approval approval, String approvedText)
            throws IOException {
        Path folder = projectDirectory.resolve(DIRECTORY);
        Path drafted = folder.resolve(approval.entity() + ".drafted.json");
        if (!Files.isRegularFile(drafted)) {
            return null;
        }
        Map<String, Object> draftSpec;
        Map<String, Object> approvedSpec;
        try {
            draftSpec = (Map<String, Object>) Json.parse(Files.readString(drafted, StandardCharsets.UTF_8));
            approvedSpec = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(approvedText);
        } catch (Json.JsonSyntaxException | YamlEngineException | ClassCastException e) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (SpecScorer.Field field : SpecScorer.Field.values()) {
            Map<String, Object> diff = diff(SpecScorer.facts(field, List.of(draftSpec)),
                    SpecScorer.facts(field, List.of(approvedSpec)));
            if (!diff.isEmpty()) {
                fields.put(field.label(), diff);
            }
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("approved_at", approval.approvedAt());
        line.put("approved_by", approval.approvedBy());
        line.put("entity", approval.entity());
        line.put("model", approval.model());
        line.put("edited", !fields.isEmpty());
        line.put("fields", fields);
        line.put("tests", approvedSpec.get("business_rules") instanceof List<?> rules ? rules.size() : 0);
        Files.writeString(folder.resolve(approval.entity() + ".log"), Json.write(line) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Files.delete(drafted);
        return line;
    }

    /** Added, removed and changed facts; "changed" pairs facts of the form {@code key = value} by key. */
    private static Map<String, Object> diff(Set<String> drafted, Set<String> approved) {
        Set<String> added = new TreeSet<>(approved);
        added.removeAll(drafted);
        Set<String> removed = new TreeSet<>(drafted);
        removed.removeAll(approved);
        List<String> changed = new ArrayList<>();
        for (String fact : List.copyOf(removed)) {
            int equals = fact.indexOf(" = ");
            if (equals < 0) {
                continue;
            }
            String key = fact.substring(0, equals + 3);
            added.stream().filter(a -> a.startsWith(key)).findFirst().ifPresent(now -> {
                changed.add(fact + " -> " + now.substring(key.length()));
                added.remove(now);
                removed.remove(fact);
            });
        }
        Map<String, Object> diff = new LinkedHashMap<>();
        if (!added.isEmpty()) {
            diff.put("added", List.copyOf(added));
        }
        if (!removed.isEmpty()) {
            diff.put("removed", List.copyOf(removed));
        }
        if (!changed.isEmpty()) {
            diff.put("changed", changed);
        }
        return diff;
    }
}
