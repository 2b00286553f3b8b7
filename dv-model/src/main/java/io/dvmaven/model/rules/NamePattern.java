package io.dvmaven.model.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A naming pattern such as {@code s_{entity}_{group}_{source}} read backwards: its literal prefix and suffix, and
 * every way a name splits into placeholder values. Placeholder values are lower snake_case words, so a name can
 * split in more than one way ({@code s_member_demographics_legacy_facets}); callers pick the split that fits
 * the project (an existing hub, a known source).
 */
public final class NamePattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final int MAX_SPLITS = 256;

    private final String pattern;
    private final List<String> tokens = new ArrayList<>();
    private final List<Boolean> placeholder = new ArrayList<>();
    /** Splits by name: the rules ask for the same names again and again (the project's models, its hubs). */
    private final Map<String, List<Map<String, String>>> splitCache = new ConcurrentHashMap<>();

    private NamePattern(String pattern) {
        this.pattern = pattern;
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (matcher.find()) {
            if (matcher.start() > last) {
                add(pattern.substring(last, matcher.start()), false);
            }
            add(matcher.group(1), true);
            last = matcher.end();
        }
        if (last < pattern.length()) {
            add(pattern.substring(last), false);
        }
    }

    public static NamePattern of(String pattern) {
        return new NamePattern(Objects.requireNonNull(pattern, "pattern"));
    }

    private void add(String token, boolean isPlaceholder) {
        tokens.add(token);
        placeholder.add(isPlaceholder);
    }

    public String pattern() {
        return pattern;
    }

    /** Literal text before the first placeholder ({@code h_} for {@code h_{entity}}). */
    public String prefix() {
        return tokens.isEmpty() || placeholder.get(0) ? "" : tokens.get(0);
    }

    /** Literal text after the last placeholder ({@code _hk} for {@code {entity}_hk}). */
    public String suffix() {
        int last = tokens.size() - 1;
        return last < 0 || placeholder.get(last) || (last == 0) ? "" : tokens.get(last);
    }

    /** True when the pattern has literal text to recognise names by. */
    public boolean hasAffix() {
        return !prefix().isEmpty() || !suffix().isEmpty();
    }

    /** True when {@code name} starts with the prefix and ends with the suffix, with room for a value between. */
    public boolean hasAffixOf(String name) {
        return name.length() > prefix().length() + suffix().length()
                && name.startsWith(prefix()) && name.endsWith(suffix());
    }

    public boolean matches(String name) {
        return !splits(name).isEmpty();
    }

    /**
     * Every way {@code name} fills the pattern's placeholders, shortest first value first
     * ({@code stg_member_legacy_facets}: entity=member/source=legacy_facets, then entity=member_legacy/source=facets).
     */
    public List<Map<String, String>> splits(String name) {
        List<Map<String, String>> cached = splitCache.get(name);
        if (cached == null) {
            List<Map<String, String>> found = new ArrayList<>();
            split(name, 0, 0, new LinkedHashMap<>(), found);
            cached = Collections.unmodifiableList(found);
            splitCache.putIfAbsent(name, cached);
        }
        return cached;
    }

    private void split(String name, int token, int at, Map<String, String> values, List<Map<String, String>> found) {
        if (found.size() >= MAX_SPLITS) {
            return;
        }
        if (token == tokens.size()) {
            if (at == name.length()) {
                found.add(Map.copyOf(values));
            }
            return;
        }
        String text = tokens.get(token);
        if (!placeholder.get(token)) {
            if (name.startsWith(text, at)) {
                split(name, token + 1, at + text.length(), values, found);
            }
            return;
        }
        // Values are lower snake_case words ([a-z0-9]+(_[a-z0-9]+)*): grow the value one character at a time and
        // stop at the first character that no longer value can contain (no regex, no substring per candidate).
        String previous = values.get(text);
        for (int end = at + 1; end <= name.length(); end++) {
            char c = name.charAt(end - 1);
            if (c == '_') {
                if (end - 1 == at || name.charAt(end - 2) == '_') {
                    break;
                }
                continue; // a value never ends with '_'
            }
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                break;
            }
            if (previous != null) {
                if (end - at == previous.length() && name.startsWith(previous, at)) {
                    split(name, token + 1, end, values, found);
                }
                continue;
            }
            String value = name.substring(at, end);
            values.put(text, value);
            split(name, token + 1, end, values, found);
            values.remove(text);
        }
    }

    @Override
    public String toString() {
        return pattern;
    }
}
