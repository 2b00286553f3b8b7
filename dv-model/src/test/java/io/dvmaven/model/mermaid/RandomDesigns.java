package io.dvmaven.model.mermaid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid random designs as JSON spec files (entity name -> JSON text), from a seeded {@link Random} so that a
 * failure names its seed and can be replayed.
 */
final class RandomDesigns {

    private static final List<String> ENTITIES = List.of("customer", "account", "product", "order_line", "branch",
            "policy_holder", "vehicle", "invoice");
    private static final List<String> SOURCES = List.of("crm", "erp_core", "web_shop", "legacy_db");
    private static final List<String> KEY_PARTS = List.of("id", "code", "region_no", "seq");
    private static final List<String> GROUPS = List.of("details", "contact", "status_info", "pricing", "audit_trail");
    private static final List<String> ATTRIBUTES = List.of("name_text", "email", "phone_no", "amount", "valid_from",
            "colour", "notes", "rank_no", "weight_kg", "country_code");
    private static final List<String> DESCRIPTIONS = List.of("Plain words", "Says \"quoted\" things",
            "Two lines\nof text", "Commas, colons: and = signs", "Back\\slash");

    private RandomDesigns() {
    }

    static Map<String, String> generate(long seed) {
        Random random = new Random(seed);
        List<String> names = pick(random, ENTITIES, 1 + random.nextInt(4));
        Map<String, List<String>> keyParts = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        for (String name : names) {
            int parts = 1 + random.nextInt(3);
            keyParts.put(name, parts == 1 ? List.of(name + "_" + KEY_PARTS.get(random.nextInt(KEY_PARTS.size())))
                    : pick(random, KEY_PARTS, parts));
            sources.put(name, pick(random, SOURCES, 1 + random.nextInt(3)));
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names) {
            Map<String, Object> spec = new LinkedHashMap<>();
            Map<String, Object> entity = new LinkedHashMap<>();
            entity.put("name", name);
            maybeDescription(random, entity);
            spec.put("entity", entity);
            List<String> mySources = sources.get(name);
            spec.put("hub", Map.of("business_key", keyParts.get(name), "sources", mySources));

            List<Object> satellites = new ArrayList<>();
            List<String> attributePool = new ArrayList<>(ATTRIBUTES);
            Collections.shuffle(attributePool, random);
            Map<String, List<String>> provided = new LinkedHashMap<>();
            List<String> groups = pick(random, GROUPS, random.nextInt(4));
            for (String group : groups) {
                Map<String, Object> satellite = new LinkedHashMap<>();
                satellite.put("name", group);
                maybeDescription(random, satellite);
                List<Object> attributes = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                List<String> groupSources = pick(random, mySources, 1 + random.nextInt(mySources.size()));
                for (int i = 0; i < count && !attributePool.isEmpty(); i++) {
                    String attribute = attributePool.remove(0);
                    groupSources.forEach(s -> provided.computeIfAbsent(s, k -> new ArrayList<>()).add(attribute));
                    if (random.nextInt(3) == 0) {
                        attributes.add(Map.of("name", attribute, "description",
                                DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size()))));
                    } else {
                        attributes.add(attribute);
                    }
                }
                satellite.put("attributes", attributes);
                satellite.put("sources", groupSources);
                satellites.add(satellite);
            }
            spec.put("satellites", satellites);

            List<Object> links = new ArrayList<>();
            List<String> others = new ArrayList<>(names);
            others.remove(name);
            if (!others.isEmpty() && random.nextBoolean()) {
                List<String> related = pick(random, others, 1 + random.nextInt(Math.min(2, others.size())));
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("name", name + "_to_" + String.join("_", related));
                link.put("related_hubs", related);
                if (random.nextBoolean()) {
                    link.put("relationship_type", List.of("one_to_many", "many_to_many").get(random.nextInt(2)));
                }
                maybeDescription(random, link);
                List<String> linkSources = pick(random, mySources, 1 + random.nextInt(mySources.size()));
                link.put("sources", linkSources);
                Map<String, Object> relatedKeys = new LinkedHashMap<>();
                for (String source : linkSources) {
                    Map<String, Object> byHub = new LinkedHashMap<>();
                    for (String hub : related) {
                        List<String> columns = new ArrayList<>();
                        for (int i = 0; i < keyParts.get(hub).size(); i++) {
                            columns.add("ref_" + hub + "_" + i);
                        }
                        byHub.put(hub, columns);
                    }
                    relatedKeys.put(source, byHub);
                }
                link.put("related_keys", relatedKeys);
                links.add(link);
            }
            spec.put("links", links);

            Map<String, Object> mappings = new LinkedHashMap<>();
            for (String source : mySources) {
                Map<String, Object> mapping = new LinkedHashMap<>();
                mapping.put("schema", "raw_" + source);
                mapping.put("table", name + "_" + source);
                mapping.put("key_field", keyParts.get(name).stream().map(p -> "k_" + p).toList());
                if (random.nextInt(3) == 0) {
                    mapping.put("load_timestamp", "ldts");
                }
                if (random.nextInt(3) == 0) {
                    mapping.put("record_source", "Src " + source.toUpperCase() + ": 1");
                }
                List<String> renamable = provided.getOrDefault(source, List.of());
                if (!renamable.isEmpty() && random.nextBoolean()) {
                    mapping.put("columns", Map.of(renamable.get(0), "src_" + renamable.get(0)));
                }
                maybeDescription(random, mapping);
                mappings.put(source, mapping);
            }
            spec.put("source_mappings", mappings);

            if (random.nextInt(3) == 0) {
                Map<String, Object> rule = new LinkedHashMap<>();
                rule.put("name", name + "_is_valid");
                if (!groups.isEmpty() && random.nextBoolean()) {
                    rule.put("satellite", groups.get(0));
                }
                if (random.nextBoolean()) {
                    rule.put("condition", "coalesce(notes, 'x') <> \"y\"");
                }
                if (random.nextBoolean()) {
                    rule.put("severity", "warn");
                }
                maybeDescription(random, rule);
                spec.put("business_rules", List.of(rule));
            }
            files.put(name, json(spec));
        }
        return files;
    }

    private static void maybeDescription(Random random, Map<String, Object> target) {
        if (random.nextBoolean()) {
            target.put("description", DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size())));
        }
    }

    private static List<String> pick(Random random, List<String> pool, int count) {
        List<String> copy = new ArrayList<>(pool);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    private static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(json(k) + ": " + json(v)));
            return "{" + String.join(", ", entries) + "}";
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(RandomDesigns::json).toList()) + "]";
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
