package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One model reply read into drafts (named, rendered as YAML, not yet validated) and the problems with its shape:
 * not JSON, no drafts list, entries without a spec, entity names that cannot name a file.
 *
 * @param drafts   the drafts in reply order, with unique entity names
 * @param problems the shape problems, located at the model reply
 */
record DraftReply(List<DraftedSpec> drafts, List<Diagnostic> problems) {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final SourceLocation REPLY = SourceLocation.ofFile("model reply");

    static DraftReply read(String reply, Path project, Path specs) {
        Object parsed;
        try {
            parsed = Json.parse(ReplyText.json(reply));
        } catch (Json.JsonSyntaxException e) {
            return new DraftReply(List.of(), List.of(Diagnostic.error(REPLY, "draft.not-json",
                    "the reply is not valid JSON: " + e.getMessage(),
                    "reply with only the JSON object the schema describes")));
        }
        List<Diagnostic> shapeProblems = new ArrayList<>();
        List<Map<String, Object>> entries = entries(parsed, shapeProblems);
        if (entries.isEmpty()) {
            return new DraftReply(List.of(), shapeProblems);
        }
        // name the files first: validation needs the final texts
        List<DraftedSpec> unchecked = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> spec = asMap(entry.get("spec"));
            String name = entityName(spec, unchecked.size() + 1);
            if (name.startsWith("unnamed_") && spec.get("entity") instanceof Map<?, ?> entity
                    && entity.get("name") instanceof String given) {
                shapeProblems.add(Diagnostic.error(REPLY, "draft.entity-name", "entity name '"
                        + (given.length() > 40 ? given.substring(0, 40) + "..." : given) + "' (" + given.length()
                        + " characters) is not a lower snake_case name of at most " + SpecDrafter.MAX_NAME
                        + " characters",
                        "name the entity in lower snake_case, at most " + SpecDrafter.MAX_NAME + " characters"));
            }
            int seen = used.merge(name, 1, Integer::sum);
            if (seen > 1) {
                name = name + "_" + seen;
            }
            String draftFile = CandidateValidator.display(project, specs.resolve(name + ".draft.yml"));
            unchecked.add(new DraftedSpec(name, spec, SpecYamlWriter.write(spec), strings(entry.get("assumptions")),
                    strings(entry.get("open_questions")), List.of(), draftFile));
        }
        return new DraftReply(List.copyOf(unchecked), List.copyOf(shapeProblems));
    }

    private static List<Map<String, Object>> entries(Object parsed, List<Diagnostic> problems) {
        if (!(parsed instanceof Map<?, ?> root)) {
            problems.add(Diagnostic.error(REPLY, "draft.shape", "the reply is not a JSON object",
                    "reply with {\"drafts\": [{\"spec\": {...}, \"assumptions\": [...], \"open_questions\": [...]}]}"));
            return List.of();
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        if (root.get("drafts") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("spec") instanceof Map<?, ?>) {
                    entries.add(asMap(map));
                } else {
                    problems.add(Diagnostic.error(REPLY, "draft.shape", "an entry of 'drafts' has no 'spec' object",
                            "give every entry of drafts a spec object"));
                }
            }
        } else if (root.containsKey("entity")) {
            // a bare spec: accepted, there is nothing to be gained by a repair round
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("spec", root);
            entries.add(entry);
        } else {
            problems.add(Diagnostic.error(REPLY, "draft.shape", "the reply has no 'drafts' list",
                    "reply with {\"drafts\": [{\"spec\": {...}, \"assumptions\": [...], \"open_questions\": [...]}]}"));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error(REPLY, "draft.shape", "the reply's 'drafts' list is empty",
                    "draft at least one entity"));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String entityName(Map<String, Object> spec, int index) {
        if (spec.get("entity") instanceof Map<?, ?> entity && entity.get("name") instanceof String name
                && name.length() <= SpecDrafter.MAX_NAME && SAFE_NAME.matcher(name).matches()) {
            return name;
        }
        return "unnamed_" + index;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(item -> item != null && !String.valueOf(item).isBlank())
                .map(item -> String.valueOf(item).strip().replaceAll("\\s+", " ")).toList();
    }
}
