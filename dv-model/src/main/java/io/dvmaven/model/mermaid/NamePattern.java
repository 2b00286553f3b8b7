package io.dvmaven.model.mermaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inverse of a naming-convention pattern: every way a name can be read as {@code s_{entity}_{group}_{source}}
 * (there can be several, since placeholders may contain underscores).
 */
final class NamePattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern VALUE = Pattern.compile("[a-z][a-z0-9_]*");

    private final List<String> literals = new ArrayList<>();
    private final List<String> placeholders = new ArrayList<>();

    private NamePattern(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (m.find()) {
            literals.add(pattern.substring(last, m.start()));
            placeholders.add(m.group(1));
            last = m.end();
        }
        literals.add(pattern.substring(last));
    }

    /** Every assignment of the pattern's placeholders that expands to {@code name}, shortest first value first. */
    static List<Map<String, String>> matches(String pattern, String name) {
        NamePattern parsed = new NamePattern(pattern);
        List<Map<String, String>> found = new ArrayList<>();
        parsed.match(name, 0, 0, new HashMap<>(), found);
        return found;
    }

    /** The single-placeholder value when {@code name} matches, else {@code null}. */
    static String single(String pattern, String name, String placeholder) {
        List<Map<String, String>> found = matches(pattern, name);
        return found.size() == 1 ? found.get(0).get(placeholder) : null;
    }

    private void match(String name, int index, int position, Map<String, String> values,
                       List<Map<String, String>> found) {
        String literal = literals.get(index);
        if (!name.startsWith(literal, position)) {
            return;
        }
        int start = position + literal.length();
        if (index == placeholders.size()) {
            if (start == name.length()) {
                found.add(Map.copyOf(values));
            }
            return;
        }
        String placeholder = placeholders.get(index);
        for (int end = start + 1; end <= name.length(); end++) {
            String value = name.substring(start, end);
            if (!VALUE.matcher(value).matches() || value.endsWith("_")) {
                continue;
            }
            String previous = values.get(placeholder);
            if (previous != null && !previous.equals(value)) {
                continue;
            }
            values.put(placeholder, value);
            match(name, index + 1, end, values, found);
            if (previous == null) {
                values.remove(placeholder);
            }
        }
    }
}
