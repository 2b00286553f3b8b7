package io.dvmaven.model.project;

import java.util.Objects;

/**
 * A column named in a model's SQL, with the 1-based line and column where the name is written.
 */
public record SqlColumnRef(String name, int line, int column) {

    public SqlColumnRef {
        Objects.requireNonNull(name, "name");
    }
}
