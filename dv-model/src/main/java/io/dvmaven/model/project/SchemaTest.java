package io.dvmaven.model.project;

import io.dvmaven.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generic dbt test declared in a schema file, on a model or on one of its columns.
 *
 * @param name      the test name as written, possibly package-qualified ({@code dbt_utils.unique_combination_of_columns})
 * @param arguments the test's arguments (dbt 1.10 {@code arguments:} merged in, {@code config:} left out); values are
 *                  {@code String}, {@code List} or {@code Map} of those
 * @param location  where the test entry starts
 */
public record SchemaTest(String name, Map<String, Object> arguments, SourceLocation location) {

    private static final Pattern REF = Pattern.compile("^\\s*ref\\(\\s*['\"]([^'\"]+)['\"]\\s*(?:,\\s*['\"]([^'\"]+)['\"]\\s*)?\\)\\s*$");

    public SchemaTest {
        Objects.requireNonNull(name, "name");
        arguments = Map.copyOf(arguments);
        Objects.requireNonNull(location, "location");
    }

    /** The name without a package prefix: {@code dbt_utils.not_null_proportion} gives {@code not_null_proportion}. */
    public String simpleName() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** A scalar argument, e.g. {@code field} of a relationships test. */
    public Optional<String> argument(String key) {
        Object value = arguments.get(key);
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /** A list argument as strings, e.g. {@code combination_of_columns}; a scalar gives a one-element list. */
    public List<String> listArgument(String key) {
        Object value = arguments.get(key);
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }

    /** True for {@code relationships} and variants such as {@code dv_relationships} or {@code relationships_where}. */
    public boolean isRelationships() {
        return simpleName().contains("relationships");
    }

    /** The model a relationships test points at: {@code to: ref('h_member')} gives {@code h_member}. */
    public Optional<String> referencedModel() {
        return argument("to").flatMap(SchemaTest::refTarget);
    }

    /** The model name inside {@code ref('x')} or {@code ref('package', 'x')}. */
    public static Optional<String> refTarget(String expression) {
        Matcher matcher = REF.matcher(expression);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(2) != null ? matcher.group(2) : matcher.group(1));
    }
}
