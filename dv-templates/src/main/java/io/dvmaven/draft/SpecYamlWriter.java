package io.dvmaven.draft;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a spec held as maps and lists (from the model's JSON) as YAML in the layout of hand-written specs:
 * top-level sections in spec order separated by blank lines, known keys in spec order, lists of names in flow
 * style ({@code [a, b]}), names unquoted and every other string double-quoted. The same input always gives the
 * same bytes. Unknown keys are kept (after the known ones) so that validation reports them.
 */
public final class SpecYamlWriter {

    private static final List<String> TOP = List.of("entity", "hub", "satellites", "links", "source_mappings",
            "business_rules");
    private static final Map<String, List<String>> KEY_ORDER = Map.of(
            "entity", List.of("name", "description"),
            "hub", List.of("business_key", "business_key_type", "sources"),
            "satellites", List.of("name", "description", "attributes", "sources", "change_tracking"),
            "links", List.of("name", "description", "related_hub", "related_hubs", "relationship_type", "sources",
                    "related_keys"),
            "source_mapping", List.of("schema", "table", "key_field", "load_timestamp", "record_source", "columns",
                    "description"),
            "business_rules", List.of("name", "description", "satellite", "condition", "severity"),
            "attributes", List.of("name", "description"));
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED_PLAIN = Set.of("true", "false", "null", "yes", "no", "on", "off",
            "y", "n");

    private SpecYamlWriter() {
    }

    public static String write(Map<?, ?> spec) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object key : orderedKeys(spec, TOP)) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            String name = String.valueOf(key);
            entry(out, 0, name, spec.get(key), name);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, int indent, String key, Object value, String context) {
        pad(out, indent).append(scalar(key)).append(':');
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append('\n');
            mapBody(out, indent + 2, map, context);
        } else if (value instanceof List<?> list && !list.isEmpty() && !allScalars(list)) {
            out.append('\n');
            listBody(out, indent + 2, list, context);
        } else {
            out.append(' ').append(inline(value)).append('\n');
        }
    }

    private static void mapBody(StringBuilder out, int indent, Map<?, ?> map, String context) {
        List<String> order = KEY_ORDER.getOrDefault(context, List.of());
        for (Object key : orderedKeys(map, order)) {
            String name = String.valueOf(key);
            entry(out, indent, name, map.get(key), childContext(context, name));
        }
    }

    private static String childContext(String context, String key) {
        if ("source_mappings".equals(context)) {
            return "source_mapping"; // every key below source_mappings is a source system
        }
        if ("satellites".equals(context) && "attributes".equals(key)) {
            return "attributes";
        }
        return key;
    }

    private static void listBody(StringBuilder out, int indent, List<?> list, String context) {
        for (Object item : list) {
            pad(out, indent).append("- ");
            if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                // the first key goes on the dash line, the others aligned under it
                StringBuilder body = new StringBuilder();
                mapBody(body, indent + 2, map, context);
                out.append(body.substring(indent + 2));
            } else {
                out.append(inline(item)).append('\n');
            }
        }
    }

    private static List<Object> orderedKeys(Map<?, ?> map, List<String> known) {
        Set<Object> keys = new LinkedHashSet<>();
        for (String key : known) {
            if (map.containsKey(key)) {
                keys.add(key);
            }
        }
        keys.addAll(map.keySet());
        return new ArrayList<>(keys);
    }

    private static boolean allScalars(List<?> list) {
        return list.stream().noneMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
    }

    private static String inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(scalar(String.valueOf(k)) + ": " + inline(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(item -> parts.add(inline(item)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Integer
                || value instanceof BigDecimal) {
            return String.valueOf(value);
        }
        return scalar(String.valueOf(value));
    }

    private static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED_PLAIN.contains(text)) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\x%02x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static StringBuilder pad(StringBuilder out, int indent) {
        return out.append(" ".repeat(indent));
    }
}
