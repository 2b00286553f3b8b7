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

    /** A YAML double-quoted scalar, Jinja-inert. */
    public static String quote(String text) {
        return DbtText.yamlScalar(text);
    }

    /** A YAML single-quoted scalar, Jinja-inert. */
    public static String singleQuote(String text) {
        return DbtText.yamlSingleQuoted(text);
    }

    /** A plain YAML scalar when it is a simple identifier, otherwise single-quoted (e.g. {@code '!LEGACY'}). */
    public static String scalar(String text) {
        return PLAIN_YAML.matcher(text).matches() ? text : DbtText.yamlInJinja(text);
    }

    /** A literal block scalar ({@code |}) whose lines are indented by {@code indent}; blank lines stay empty. */
    public static String block(String text, String indent) {
        String body = DbtText.jinjaInert(text).lines().map(DbtText::oneLine)
                .map(l -> l.isBlank() ? "" : indent + l).collect(Collectors.joining("\n"));
        return "|\n" + body;
    }
}
