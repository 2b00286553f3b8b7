package io.dvmaven.model.vault;

import java.util.List;

/**
 * An entry of the stage's {@code hashed_columns}.
 *
 * @param name        hash column produced
 * @param columns     input columns; key order for hash keys; AutomateDV sorts hashdiff inputs itself
 * @param hashdiff    true for a satellite hashdiff ({@code is_hashdiff: true})
 * @param description what it identifies
 */
public record HashedColumn(String name, List<String> columns, boolean hashdiff, String description) {
}
