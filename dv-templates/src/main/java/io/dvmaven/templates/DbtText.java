package io.dvmaven.templates;

/**
 * The one place where text from a spec (or a model's reply) is made safe for the dbt file it lands in. dbt renders
 * every generated file with Jinja, so each function also makes the text Jinja-inert: it renders back to exactly
 * the given text and can never open a Jinja expression, statement or comment. Spec validation already refuses
 * Jinja delimiters and control characters; these functions hold even when that is bypassed.
 */
public final class DbtText {

    private static final String OPEN_BRACE = "{{ '{' }}";

    private DbtText() {
    }

    /**
     * Text that Jinja renders to {@code text} and in which no Jinja opener ({@code {{}, {@code {%}, {@code {#})
     * is live: each brace that would open one is written as the expression {@code {{ '{' }}}.
     */
    public static String jinjaInert(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '{' && (next == '{' || next == '%' || next == '#')) {
                out.append(OPEN_BRACE);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A YAML double-quoted scalar for a dbt YAML file (schema.yml, sources.yml): every control character, line
     * break and non-character escaped, Jinja-inert.
     */
    public static String yamlScalar(String text) {
        String inert = jinjaInert(text);
        StringBuilder out = new StringBuilder(inert.length() + 8).append('"');
        for (int i = 0; i < inert.length(); i++) {
            char c = inert.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsUnicodeEscape(c, inert, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * A YAML single-quoted scalar ({@code 'it''s'}) for flow lists in dbt YAML files such as accepted values;
     * one line. dbt reads the YAML first and renders Jinja in the value after, so the text is made inert first.
     */
    public static String yamlSingleQuoted(String text) {
        String line = oneLine(jinjaInert(text));
        return "'" + line.replace("'", "''") + "'";
    }

    /**
     * A value of dbt's {@code accepted_values} test as a YAML flow item: the test pastes each value between single
     * quotes into its SQL without escaping, so quotes are doubled for SQL before the YAML quoting.
     */
    public static String acceptedValue(String text) {
        return yamlSingleQuoted(text.replace("'", "''"));
    }

    /**
     * The text of a SQL line comment (after {@code -- }): one line, since a line break would end the comment and
     * make the rest live SQL; Jinja-inert.
     */
    public static String sqlLineComment(String text) {
        return oneLine(jinjaInert(text));
    }

    /** A SQL string literal ({@code 'it''s'}), Jinja-inert; line breaks stay inside the literal. */
    public static String sqlStringLiteral(String text) {
        return jinjaInert("'" + text.replace("'", "''") + "'"); // Jinja renders the file before SQL reads it
    }

    /**
     * A single-quoted YAML scalar inside a Jinja-rendered SQL file (a staging model's {@code yaml_metadata}
     * block): Jinja renders first and {@code fromyaml} reads the result, so the quoting comes first here.
     */
    public static String yamlInJinja(String text) {
        return jinjaInert("'" + oneLine(text).replace("'", "''") + "'");
    }

    /** Line breaks and other controls as spaces. */
    static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || c == '\u0085';
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? ' ' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean needsUnicodeEscape(char c, String text, int i) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
