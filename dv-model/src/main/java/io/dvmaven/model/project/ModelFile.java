package io.dvmaven.model.project;

import io.dvmaven.model.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A model {@code .sql} file.
 *
 * @param path       path relative to the dbt project, forward slashes ({@code models/integration/hubs/h_member.sql})
 * @param name       model name: file name without {@code .sql}
 * @param modelRoot  the model folder it was found in ({@code models})
 * @param folder     its folder relative to {@code modelRoot} ({@code integration/hubs}; empty at the root)
 * @param lines      content lines
 * @param generated  true when the first line carries the dv-maven-plugin header
 * @param metadata   AutomateDV macro call and key columns read from the SQL
 */
public record ModelFile(String path, String name, String modelRoot, String folder, List<String> lines,
                        boolean generated, SqlMetadata metadata) {

    public ModelFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modelRoot, "modelRoot");
        Objects.requireNonNull(folder, "folder");
        lines = List.copyOf(lines);
        Objects.requireNonNull(metadata, "metadata");
    }

    /** Line 1, column 1: where file-level findings point. */
    public SourceLocation fileLocation() {
        return new SourceLocation(path, 1, 1);
    }

    public SourceLocation location(int line, int column) {
        return new SourceLocation(path, line, column);
    }
}
