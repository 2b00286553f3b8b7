package io.dvmaven.draft.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares drafted specs with golden specs field by field. Each field is a set of facts (e.g. attribute
 * {@code member.demographics.birth_date}); precision and recall are computed on those sets. Works on the specs as
 * maps, so a draft that does not validate is still scored on what it says.
 */
public final class SpecScorer {

    /** What is compared. */
    public enum Field {
        /** Entity names. */
        ENTITIES("entities"),
        /** {@code entity.key_part}, in order. */
        BUSINESS_KEYS("business_keys"),
        /** {@code entity.satellite}. */
        SATELLITES("satellites"),
        /** {@code entity.satellite.attribute}. */
        ATTRIBUTES("attributes"),
        /** {@code entity -> related hubs}, whatever the link is called. */
        LINKS("links"),
        /** {@code entity.source = schema.table}. */
        SOURCES("sources"),
        /** {@code entity.source key = columns}. */
        KEY_FIELDS("key_fields");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private SpecScorer() {
    }

    public static Map<Field, FieldScore> score(Collection<Map<String, Object>> drafted,
                                               Collection<Map<String, Object>> golden) {
        Map<Field, FieldScore> scores = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            Set<String> predicted = facts(field, drafted);
            Set<String> expected = facts(field, golden);
            Set<String> matched = new HashSet<>(predicted);
            matched.retainAll(expected);
            scores.put(field, new FieldScore(matched.size(), predicted.size(), expected.size()));
        }
        return scores;
    }

    /** The facts of one field, for the report of mismatches. */
    public static Set<String> facts(Field field, Collection<Map<String, Object>> specs) {
        Set<String> facts = new TreeSet<>();
        for (Map<String, Object> spec : specs) {
            String entity = text(map(spec.get("entity")).get("name"));
            if (entity == null) {
                continue;
            }
            Map<String, Object> hub = map(spec.get("hub"));
            switch (field) {
                case ENTITIES -> facts.add(entity);
                case BUSINESS_KEYS -> {
                    List<String> parts = names(hub.get("business_key"));
                    for (int i = 0; i < parts.size(); i++) {
                        facts.add(entity + "." + parts.get(i) + (parts.size() > 1 ? "#" + (i + 1) : ""));
                    }
                }
                case SATELLITES, ATTRIBUTES -> {
                    for (Object item : list(spec.get("satellites"))) {
                        String satellite = text(map(item).get("name"));
                        if (satellite == null) {
                            continue;
                        }
                        if (field == Field.SATELLITES) {
                            facts.add(entity + "." + satellite);
                        } else {
                            for (Object attribute : list(map(item).get("attributes"))) {
                                String name = attribute instanceof Map<?, ?> m ? text(m.get("name")) : text(attribute);
                                if (name != null) {
                                    facts.add(entity + "." + satellite + "." + name);
                                }
                            }
                        }
                    }
                }
                case LINKS -> {
                    for (Object item : list(spec.get("links"))) {
                        Map<String, Object> link = map(item);
                        Set<String> hubs = new TreeSet<>(names(link.get("related_hubs")));
                        if (text(link.get("related_hub")) != null) {
                            hubs.add(text(link.get("related_hub")));
                        }
                        facts.add(entity + " -> " + String.join("+", hubs));
                    }
                }
                case SOURCES -> map(spec.get("source_mappings")).forEach((source, value) -> facts.add(entity + "."
                        + source + " = " + text(map(value).get("schema")) + "." + text(map(value).get("table"))));
                case KEY_FIELDS -> {
                    List<String> parts = names(hub.get("business_key"));
                    map(spec.get("source_mappings")).forEach((source, value) -> facts.add(entity + "." + source
                            + " key = " + keyColumns(map(value).get("key_field"), parts)));
                }
                default -> throw new IllegalStateException(field.name());
            }
        }
        return facts;
    }

    private static String keyColumns(Object keyField, List<String> parts) {
        if (keyField instanceof Map<?, ?> byPart) {
            List<String> columns = new ArrayList<>();
            for (String part : parts) {
                columns.add(String.valueOf(text(byPart.get(part))));
            }
            return String.join(",", columns);
        }
        return String.join(",", names(keyField));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static List<String> names(Object value) {
        if (value instanceof List<?> l) {
            return l.stream().map(SpecScorer::text).filter(t -> t != null).toList();
        }
        String single = text(value);
        return single == null ? List.of() : List.of(single);
    }

    private static String text(Object value) {
        return value instanceof String s ? s.strip().toLowerCase(java.util.Locale.ROOT) : null;
    }
}
