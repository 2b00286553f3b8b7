package io.dvmaven.model.parse;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.spec.Ident;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Identifier rules shared by spec validation: lower snake_case, SQL reserved words, "did you mean". */
public final class Names {

    /**
     * Words of lower-case letters and digits joined by single underscores. Spec names fill the naming patterns'
     * placeholders, and the verify rules split generated names back at single underscores (DV002/DV003 reject a
     * trailing underscore), so a name like {@code member_} or {@code member__id} would generate failing code.
     */
    private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");

    /**
     * Words that break an unquoted identifier in at least one common target (ANSI SQL, Snowflake, PostgreSQL,
     * DuckDB). Words that these engines accept as column names (name, type, value, state, key, ...) are left out.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "binary", "both", "by", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "connect", "connection", "constraint", "create", "cross", "current", "current_catalog",
            "current_date", "current_role", "current_schema", "current_time", "current_timestamp", "current_user",
            "database", "date", "default", "deferrable", "delete", "desc", "describe", "distinct", "do", "drop",
            "else", "end", "except", "exists", "false", "fetch", "following", "for", "foreign", "freeze", "from",
            "full", "grant", "group", "having", "ilike", "in", "increment", "initially", "inner", "insert",
            "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit",
            "localtime", "localtimestamp", "minus", "natural", "not", "notnull", "null", "of", "offset", "on",
            "only", "or", "order", "outer", "over", "overlaps", "pivot", "placing", "primary", "qualify",
            "references", "regexp", "returning", "revoke", "right", "rlike", "row", "rows", "sample", "schema",
            "select", "session_user", "set", "similar", "some", "start", "symmetric", "table", "tablesample",
            "then", "time", "timestamp", "to", "trailing", "trigger", "true", "try_cast", "union", "unique",
            "unpivot", "update", "user", "using", "values", "variadic", "verbose", "view", "when", "whenever",
            "where", "window", "with");

    private Names() {
    }

    /**
     * Reports {@code ident} when it is not lower snake_case or is an SQL reserved word: the one check every spec
     * reader (YAML, JSON, Mermaid) applies to names that end up in generated SQL.
     */
    public static void checkIdentifier(Ident ident, String label, Diagnostics diagnostics) {
        String value = ident.value();
        if (!isSnakeCase(value)) {
            diagnostics.error(ident.location(), "spec.invalid-name", label + " '" + value
                    + "' is not lower snake_case", "use lower-case letters, digits and underscores, starting with a "
                    + "letter, e.g. '" + toSnakeCase(value) + "'");
        } else if (isReserved(value)) {
            diagnostics.error(ident.location(), "spec.reserved-word", label + " '" + value
                    + "' is an SQL reserved word", "rename it, e.g. '" + value + "_value' (reserved words break "
                    + "unquoted identifiers in generated SQL)");
        }
    }

    public static boolean isSnakeCase(String name) {
        return name != null && SNAKE_CASE.matcher(name).matches();
    }

    public static boolean isReserved(String name) {
        return name != null && RESERVED.contains(name.toLowerCase(Locale.ROOT));
    }

    public static Set<String> reservedWords() {
        return RESERVED;
    }

    /** A lower snake_case spelling of a name, used in fixes ("use 'first_name'"). */
    public static String toSnakeCase(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        String snake = spaced.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            return "name";
        }
        return Character.isLetter(snake.charAt(0)) ? snake : "x_" + snake;
    }

    /** The closest candidate within a small edit distance, ties broken alphabetically. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, name.length() / 3);
        for (String candidate : candidates.stream().sorted().toList()) {
            if (candidate.equals(name)) {
                continue;
            }
            int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
