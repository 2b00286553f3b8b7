package io.dvmaven.templates;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * YAML scalars for the generated schema.yml and sources.yml files: the one place where text becomes a YAML value.
 * Every kind quotes through here, so a change to escaping is made once.
 */
public final class YamlText {

    private static final Pattern PLAIN_YAML = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private YamlText() {
    }

    /** A YAML double-quoted scalar. */
    public static String quote(String text) {
        if (!needsEscape(text)) {
            return "\"" + text + "\"";
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /** A YAML single-quoted scalar. */
    public static String singleQuote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A plain YAML scalar when it is a simple identifier, otherwise single-quoted (e.g. {@code '!LEGACY'}). */
    public static String scalar(String text) {
        return PLAIN_YAML.matcher(text).matches() ? text : singleQuote(text);
    }

    /** A literal block scalar ({@code |}) whose lines are indented by {@code indent}; blank lines stay empty. */
    public static String block(String text, String indent) {
        String body = text.lines().map(l -> l.isBlank() ? "" : indent + l).collect(Collectors.joining("\n"));
        return "|\n" + body;
    }
}
