package io.dvmaven.model.project;

import io.dvmaven.model.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One {@code models:} entry of a schema file.
 *
 * @param name        model name
 * @param description description, or {@code null} when absent
 * @param location    where the entry starts (file is the schema file)
 * @param endLine     last line of the entry, to attribute findings inside it to the model
 * @param columns     column entries in file order
 * @param tests       model-level generic tests
 */
public record SchemaModel(String name, String description, SourceLocation location, int endLine,
                          List<SchemaColumn> columns, List<SchemaTest> tests) {

    public SchemaModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        columns = List.copyOf(columns);
        tests = List.copyOf(tests);
    }

    public boolean hasDescription() {
        return description != null && !description.isBlank();
    }

    public Optional<SchemaColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** Model-level and column-level tests together. */
    public Stream<SchemaTest> allTests() {
        return Stream.concat(tests.stream(), columns.stream().flatMap(c -> c.tests().stream()));
    }

    /** True when {@code file:line} falls inside this entry. */
    public boolean contains(String file, int line) {
        return location.file().equals(file) && line >= location.line() && line <= endLine;
    }
}
