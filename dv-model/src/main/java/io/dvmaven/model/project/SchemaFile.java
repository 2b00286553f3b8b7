package io.dvmaven.model.project;

import java.util.List;
import java.util.Objects;

/**
 * A {@code .yml}/{@code .yaml} file under a model folder.
 *
 * @param path      path relative to the dbt project, forward slashes
 * @param lines     content lines (for suppression comments)
 * @param generated true when the file carries the dv-maven-plugin header
 * @param models    its {@code models:} entries in file order (empty for sources-only files or unreadable YAML)
 */
public record SchemaFile(String path, List<String> lines, boolean generated, List<SchemaModel> models) {

    public SchemaFile {
        Objects.requireNonNull(path, "path");
        lines = List.copyOf(lines);
        models = List.copyOf(models);
    }
}
