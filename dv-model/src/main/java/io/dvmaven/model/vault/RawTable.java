package io.dvmaven.model.vault;

import java.util.List;

/**
 * One raw table of a source system, as read by one entity's staging model.
 *
 * @param name        table name
 * @param entity      entity whose staging model reads it
 * @param description what the table holds, or {@code null}
 * @param spec        spec that maps it
 * @param columns     columns read, deduplicated, in a stable order: keys, load timestamp, attributes
 */
public record RawTable(String name, String entity, String description, SpecRef spec, List<RawColumn> columns) {
}
