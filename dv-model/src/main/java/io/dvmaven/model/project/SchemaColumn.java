package io.dvmaven.model.project;

import io.dvmaven.model.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One column entry of a model in a schema file.
 *
 * @param name        column name as written
 * @param description description, or {@code null} when absent
 * @param location    where the column entry starts
 * @param tests       the column's generic tests ({@code tests:} and {@code data_tests:})
 */
public record SchemaColumn(String name, String description, SourceLocation location, List<SchemaTest> tests) {

    public SchemaColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        tests = List.copyOf(tests);
    }

    /** True when a test with this simple name (or ending with {@code _} + this name) is declared. */
    public boolean hasTest(String simpleName) {
        return tests.stream().anyMatch(t -> t.simpleName().equals(simpleName) || t.simpleName().endsWith("_" + simpleName));
    }
}
