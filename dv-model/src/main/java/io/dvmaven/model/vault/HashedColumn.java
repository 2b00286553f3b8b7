package io.dvmaven.model.vault;

import java.util.List;

/**
 * An entry of the stage's {@code hashed_columns}.
 *
 * @param name        hash column produced
 * @param columns     input columns; key order for hash keys; AutomateDV sorts hashdiff inputs itself
 * @param hashdiff    true for a satellite hashdiff ({@code is_hashdiff: true})
 * @param description what it identifies
 * @param excludes    a hashdiff over every source column except {@code columns} ({@code exclude_columns: true})
 */
public record HashedColumn(String name, List<String> columns, boolean hashdiff, String description,
                           boolean excludes) {

    public HashedColumn(String name, List<String> columns, boolean hashdiff, String description) {
        this(name, columns, hashdiff, description, false);
    }
}
