package io.dvmaven.plugin.dbt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version constraint such as {@code >=1.5 <3}, {@code >=1.5,<3}, {@code 1.10.*} or {@code 1.10.23}. All
 * conditions must hold. A bare version with {@code *} matches by prefix; a bare version without it matches
 * exactly. Pre-release suffixes ({@code 1.10.0b1}) are ignored when comparing.
 */
public final class VersionRange {

    private static final Pattern CONDITION = Pattern.compile("(>=|<=|==|=|>|<|~=)?\\s*(\\d+(?:\\.(?:\\d+|\\*))*)");

    private final String text;
    private final List<Condition> conditions;

    private VersionRange(String text, List<Condition> conditions) {
        this.text = text;
        this.conditions = conditions;
    }

    /** Parses the range; an empty or {@code *} range accepts every version. */
    public static VersionRange parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        List<Condition> conditions = new ArrayList<>();
        if (!trimmed.isEmpty() && !trimmed.equals("*")) {
            for (String part : trimmed.split("[\\s,]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                Matcher matcher = CONDITION.matcher(part);
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("Invalid dbt version range '" + text + "': cannot read '"
                            + part + "' (use e.g. '>=1.5 <3' or '1.10.*')");
                }
                String operator = matcher.group(1) == null ? "=" : matcher.group(1);
                conditions.add(new Condition(operator.equals("==") ? "=" : operator, matcher.group(2)));
            }
        }
        return new VersionRange(trimmed, List.copyOf(conditions));
    }

    public boolean contains(String version) {
        int[] actual = numbers(version);
        for (Condition condition : conditions) {
            if (!condition.accepts(actual)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "*" : text;
    }

    /** Numeric parts of a version, ignoring any suffix: {@code 1.10.0b1 -> [1, 10, 0]}. */
    static int[] numbers(String version) {
        Matcher digits = Pattern.compile("^(\\d+(?:\\.\\d+)*)").matcher(version.trim());
        if (!digits.find()) {
            return new int[0];
        }
        String[] parts = digits.group(1).split("\\.");
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return numbers;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private record Condition(String operator, String version) {

        boolean accepts(int[] actual) {
            if (version.contains("*")) {
                String prefix = version.substring(0, version.indexOf('*')).replaceAll("\\.$", "");
                int[] wanted = numbers(prefix);
                boolean prefixMatches = actual.length >= wanted.length;
                for (int i = 0; prefixMatches && i < wanted.length; i++) {
                    prefixMatches = actual[i] == wanted[i];
                }
                return operator.equals("=") ? prefixMatches : acceptsComparison(actual, wanted);
            }
            return acceptsComparison(actual, numbers(version));
        }

        private boolean acceptsComparison(int[] actual, int[] wanted) {
            int order = compare(actual, wanted);
            return switch (operator) {
                case ">=" -> order >= 0;
                case ">" -> order > 0;
                case "<=" -> order <= 0;
                case "<" -> order < 0;
                case "~=" -> order >= 0 && compatiblePrefix(actual, wanted);
                default -> order == 0;
            };
        }

        /** PEP 440 {@code ~=1.10.2}: same 1.10, at least .2. */
        private static boolean compatiblePrefix(int[] actual, int[] wanted) {
            for (int i = 0; i < wanted.length - 1; i++) {
                if (i >= actual.length || actual[i] != wanted[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
