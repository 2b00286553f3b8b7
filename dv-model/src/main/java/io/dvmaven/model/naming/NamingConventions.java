package io.dvmaven.model.naming;

import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name the generator produces and the verify rules check, as patterns with placeholders.
 * One instance is shared by {@code dv:generate} and {@code dv:verify}, so generated code always
 * passes the naming rules.
 *
 * <p>Placeholders: {@code {entity}}, {@code {source}}, {@code {group}}, {@code {link}}, {@code {key}}.
 * Defaults follow the house conventions: {@code stg_{entity}_{source}}, {@code h_{entity}},
 * {@code l_{link}}, {@code s_{entity}_{group}_{source}}, {@code {entity}_hk}, {@code {link}_hk},
 * {@code {entity}_bk}, {@code {group}_hashdiff}.
 *
 * @param stagingModel         staging model name, placeholders {@code {entity}}, {@code {source}}
 * @param hubModel             hub model name, placeholder {@code {entity}}
 * @param linkModel            link model name, placeholder {@code {link}}
 * @param satelliteModel       satellite model name, placeholders {@code {entity}}, {@code {group}}, {@code {source}}
 * @param hubHashKey           hub hash key column, placeholder {@code {entity}}
 * @param linkHashKey          link hash key column, placeholder {@code {link}}
 * @param businessKey          business key column of a single-column key, placeholder {@code {entity}}
 * @param compositeBusinessKey one business key column of a composite key, placeholders {@code {entity}}, {@code {key}}
 * @param hashdiff             hashdiff column, placeholders {@code {entity}}, {@code {group}}
 * @param rawSource            dbt source name of a source system, placeholder {@code {source}}
 * @param stagingFolder        folder of staging models under {@code models/}, placeholder {@code {source}}
 * @param hubFolder            folder of hubs under {@code models/}
 * @param linkFolder           folder of links under {@code models/}
 * @param satelliteFolder      folder of satellites under {@code models/}
 * @param recordSourceColumn   record source column of every vault table
 * @param loadTimestampColumn  load timestamp column of every vault table, and the default source column
 *                             that carries the load timestamp
 * @param kindPatterns         overrides of the patterns further kinds declare ({@link Kind#namingPatterns()}),
 *                             by pattern name; a kind's default applies where none is given
 */
public record NamingConventions(
        String stagingModel,
        String hubModel,
        String linkModel,
        String satelliteModel,
        String hubHashKey,
        String linkHashKey,
        String businessKey,
        String compositeBusinessKey,
        String hashdiff,
        String rawSource,
        String stagingFolder,
        String hubFolder,
        String linkFolder,
        String satelliteFolder,
        String recordSourceColumn,
        String loadTimestampColumn,
        Map<String, String> kindPatterns) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /**
     * A lower snake_case name as the verify rules accept it (DV002 file names, DV003 columns): lower-case words of
     * letters and digits joined by underscores, starting with a letter. Words may be joined by more than one
     * underscore, so dbt's {@code stg_{source}__{entity}} style is a valid convention. Every pattern that passes
     * {@link #problems()} expands, with lower snake_case spec names, into such a name.
     */
    public static final Pattern LOWER_SNAKE_NAME = Pattern.compile("[a-z][a-z0-9]*(?:_+[a-z0-9]+)*");

    public NamingConventions {
        Objects.requireNonNull(stagingModel, "stagingModel");
        Objects.requireNonNull(hubModel, "hubModel");
        Objects.requireNonNull(linkModel, "linkModel");
        Objects.requireNonNull(satelliteModel, "satelliteModel");
        Objects.requireNonNull(hubHashKey, "hubHashKey");
        Objects.requireNonNull(linkHashKey, "linkHashKey");
        Objects.requireNonNull(businessKey, "businessKey");
        Objects.requireNonNull(compositeBusinessKey, "compositeBusinessKey");
        Objects.requireNonNull(hashdiff, "hashdiff");
        Objects.requireNonNull(rawSource, "rawSource");
        Objects.requireNonNull(stagingFolder, "stagingFolder");
        Objects.requireNonNull(hubFolder, "hubFolder");
        Objects.requireNonNull(linkFolder, "linkFolder");
        Objects.requireNonNull(satelliteFolder, "satelliteFolder");
        Objects.requireNonNull(recordSourceColumn, "recordSourceColumn");
        Objects.requireNonNull(loadTimestampColumn, "loadTimestampColumn");
        kindPatterns = Map.copyOf(kindPatterns);
    }

    /** The built-in patterns, with every further kind's pattern at its default. */
    public NamingConventions(String stagingModel, String hubModel, String linkModel, String satelliteModel,
                             String hubHashKey, String linkHashKey, String businessKey, String compositeBusinessKey,
                             String hashdiff, String rawSource, String stagingFolder, String hubFolder,
                             String linkFolder, String satelliteFolder, String recordSourceColumn,
                             String loadTimestampColumn) {
        this(stagingModel, hubModel, linkModel, satelliteModel, hubHashKey, linkHashKey, businessKey,
                compositeBusinessKey, hashdiff, rawSource, stagingFolder, hubFolder, linkFolder, satelliteFolder,
                recordSourceColumn, loadTimestampColumn, Map.of());
    }

    /** A copy with further kinds' patterns overridden (unknown names are reported by {@link #problems()}). */
    public NamingConventions withKindPatterns(Map<String, String> overrides) {
        return new NamingConventions(stagingModel, hubModel, linkModel, satelliteModel, hubHashKey, linkHashKey,
                businessKey, compositeBusinessKey, hashdiff, rawSource, stagingFolder, hubFolder, linkFolder,
                satelliteFolder, recordSourceColumn, loadTimestampColumn, overrides);
    }

    /** The pattern in effect for a kind's declared name pattern: the user's override or its default. */
    public String pattern(NamingPattern pattern) {
        return kindPatterns.getOrDefault(pattern.name(), pattern.defaultPattern());
    }

    /** Expands a kind's declared name pattern ({@code naming.name(EffSatKind.MODEL, Map.of("link", "x"))}). */
    public String name(NamingPattern pattern, Map<String, String> values) {
        return expand(pattern(pattern), values);
    }

    /** Every name pattern the registered kinds declare, by name, in registry order. */
    public static Map<String, NamingPattern> kindPatternDeclarations() {
        Map<String, NamingPattern> declared = new LinkedHashMap<>();
        for (Kind kind : KindRegistry.all()) {
            kind.namingPatterns().forEach(p -> declared.put(p.name(), p));
        }
        return declared;
    }

    /** The house conventions. */
    public static NamingConventions defaults() {
        return new NamingConventions(
                "stg_{entity}_{source}",
                "h_{entity}",
                "l_{link}",
                "s_{entity}_{group}_{source}",
                "{entity}_hk",
                "{link}_hk",
                "{entity}_bk",
                "{entity}_{key}_bk",
                "{group}_hashdiff",
                "raw_{source}",
                "staging/{source}",
                "integration/hubs",
                "integration/links",
                "integration/satellites",
                "record_source",
                "load_timestamp");
    }

    public String stagingModelName(String entity, String source) {
        return expand(stagingModel, Map.of("entity", entity, "source", source));
    }

    public String hubModelName(String entity) {
        return expand(hubModel, Map.of("entity", entity));
    }

    public String linkModelName(String link) {
        return expand(linkModel, Map.of("link", link));
    }

    public String satelliteModelName(String entity, String group, String source) {
        return expand(satelliteModel, Map.of("entity", entity, "group", group, "source", source));
    }

    public String hubHashKeyName(String entity) {
        return expand(hubHashKey, Map.of("entity", entity));
    }

    public String linkHashKeyName(String link) {
        return expand(linkHashKey, Map.of("link", link));
    }

    /**
     * Business key columns of a hub: one column named by {@link #businessKey()} for a single-column key,
     * one column per key part named by {@link #compositeBusinessKey()} for a composite key.
     */
    public List<String> businessKeyColumns(String entity, List<String> keyParts) {
        if (keyParts.size() == 1) {
            return List.of(expand(businessKey, Map.of("entity", entity)));
        }
        List<String> columns = new ArrayList<>(keyParts.size());
        for (String part : keyParts) {
            columns.add(expand(compositeBusinessKey, Map.of("entity", entity, "key", part)));
        }
        return List.copyOf(columns);
    }

    public String hashdiffName(String entity, String group) {
        return expand(hashdiff, Map.of("entity", entity, "group", group));
    }

    public String rawSourceName(String source) {
        return expand(rawSource, Map.of("source", source));
    }

    /** Folder of a source system's staging models, relative to {@code models/}. */
    public String stagingFolderFor(String source) {
        return expand(stagingFolder, Map.of("source", source));
    }

    /** The placeholders each pattern may use; used to validate user configuration. */
    public static Map<String, Set<String>> allowedPlaceholders() {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        allowed.put("stagingModel", Set.of("entity", "source"));
        allowed.put("hubModel", Set.of("entity"));
        allowed.put("linkModel", Set.of("link"));
        allowed.put("satelliteModel", Set.of("entity", "group", "source"));
        allowed.put("hubHashKey", Set.of("entity"));
        allowed.put("linkHashKey", Set.of("link"));
        allowed.put("businessKey", Set.of("entity"));
        allowed.put("compositeBusinessKey", Set.of("entity", "key"));
        allowed.put("hashdiff", Set.of("entity", "group"));
        allowed.put("rawSource", Set.of("source"));
        allowed.put("stagingFolder", Set.of("source"));
        allowed.put("hubFolder", Set.of());
        allowed.put("linkFolder", Set.of());
        allowed.put("satelliteFolder", Set.of());
        allowed.put("recordSourceColumn", Set.of());
        allowed.put("loadTimestampColumn", Set.of());
        kindPatternDeclarations().forEach((name, pattern) -> allowed.put(name, pattern.allowedPlaceholders()));
        return allowed;
    }

    /** Each pattern by its parameter name, in declaration order. */
    public Map<String, String> patterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put("stagingModel", stagingModel);
        patterns.put("hubModel", hubModel);
        patterns.put("linkModel", linkModel);
        patterns.put("satelliteModel", satelliteModel);
        patterns.put("hubHashKey", hubHashKey);
        patterns.put("linkHashKey", linkHashKey);
        patterns.put("businessKey", businessKey);
        patterns.put("compositeBusinessKey", compositeBusinessKey);
        patterns.put("hashdiff", hashdiff);
        patterns.put("rawSource", rawSource);
        patterns.put("stagingFolder", stagingFolder);
        patterns.put("hubFolder", hubFolder);
        patterns.put("linkFolder", linkFolder);
        patterns.put("satelliteFolder", satelliteFolder);
        patterns.put("recordSourceColumn", recordSourceColumn);
        patterns.put("loadTimestampColumn", loadTimestampColumn);
        kindPatternDeclarations().values().forEach(p -> patterns.put(p.name(), pattern(p)));
        return patterns;
    }

    /**
     * Problems with the configured patterns: unknown placeholders, missing required placeholders, and
     * characters that cannot appear in a lower snake_case name or a folder path.
     *
     * @return one message per problem, naming the pattern and how to fix it; empty when valid
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> allowed = allowedPlaceholders();
        kindPatterns.keySet().stream().filter(name -> !allowed.containsKey(name)).sorted().forEach(name ->
                problems.add("naming pattern " + name + " is unknown (use one of " + String.join(", ",
                        allowed.keySet()) + ")"));
        patterns().forEach((name, pattern) -> {
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            while (matcher.find()) {
                if (!allowed.get(name).contains(matcher.group(1))) {
                    problems.add("naming pattern " + name + " '" + pattern + "' uses {" + matcher.group(1)
                            + "}, which it cannot know (use only " + describe(allowed.get(name)) + ")");
                }
            }
            boolean folder = name.endsWith("Folder");
            String literal = PLACEHOLDER.matcher(pattern).replaceAll("x");
            boolean valid = folder
                    ? literal.matches("[a-z0-9_/]+") && !literal.startsWith("/") && !literal.contains("//")
                            && !literal.endsWith("/")
                    : LOWER_SNAKE_NAME.matcher(literal).matches();
            if (!valid) {
                problems.add("naming pattern " + name + " '" + pattern + "' must produce "
                        + (folder ? "a relative folder of lower snake_case segments" : "a lower snake_case name")
                        + " (use lower-case letters, digits, underscores"
                        + (folder ? " and '/' between segments)"
                                : " and placeholders, starting with a letter, not ending with an underscore)"));
            }
        });
        requirePlaceholder(problems, "stagingModel", stagingModel, "entity", "source");
        requirePlaceholder(problems, "hubModel", hubModel, "entity");
        requirePlaceholder(problems, "linkModel", linkModel, "link");
        requirePlaceholder(problems, "satelliteModel", satelliteModel, "entity", "group", "source");
        requirePlaceholder(problems, "hubHashKey", hubHashKey, "entity");
        requirePlaceholder(problems, "linkHashKey", linkHashKey, "link");
        requirePlaceholder(problems, "compositeBusinessKey", compositeBusinessKey, "key");
        requirePlaceholder(problems, "hashdiff", hashdiff, "group");
        requirePlaceholder(problems, "rawSource", rawSource, "source");
        requirePlaceholder(problems, "stagingFolder", stagingFolder, "source");
        for (NamingPattern declared : kindPatternDeclarations().values()) {
            requirePlaceholder(problems, declared.name(), pattern(declared),
                    declared.requiredPlaceholders().stream().sorted().toArray(String[]::new));
        }
        return problems;
    }

    private static void requirePlaceholder(List<String> problems, String name, String pattern, String... required) {
        for (String placeholder : required) {
            if (!pattern.contains("{" + placeholder + "}")) {
                problems.add("naming pattern " + name + " '" + pattern + "' must contain {" + placeholder
                        + "}, otherwise two different objects get the same name (add {" + placeholder + "})");
            }
        }
    }

    private static String describe(Set<String> placeholders) {
        if (placeholders.isEmpty()) {
            return "literal text";
        }
        return placeholders.stream().sorted().map(p -> "{" + p + "}").reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** Replaces each {@code {name}} of {@code pattern} (as {@link #PLACEHOLDER} finds them), without a regex. */
    private static String expand(String pattern, Map<String, String> values) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i + 1;
            while (c == '{' && end < pattern.length() && pattern.charAt(end) >= 'a' && pattern.charAt(end) <= 'z') {
                end++;
            }
            if (c != '{' || end == i + 1 || end == pattern.length() || pattern.charAt(end) != '}') {
                out.append(c);
                i++;
                continue;
            }
            String placeholder = pattern.substring(i + 1, end);
            String value = values.get(placeholder);
            if (value == null) {
                throw new IllegalStateException("pattern '" + pattern + "' uses unknown placeholder {"
                        + placeholder + "}; validate NamingConventions.problems() first");
            }
            out.append(value);
            i = end + 1;
        }
        return out.toString();
    }
}
