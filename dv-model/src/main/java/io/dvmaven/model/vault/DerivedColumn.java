package io.dvmaven.model.vault;

/**
 * An entry of the stage's {@code derived_columns}.
 *
 * @param name       column produced
 * @param expression AutomateDV derived-column value: a source column name, or {@code !CONSTANT}
 * @param description what it is
 */
public record DerivedColumn(String name, String expression, String description) {
}
