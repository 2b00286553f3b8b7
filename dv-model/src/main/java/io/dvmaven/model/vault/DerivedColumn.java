package io.dvmaven.model.vault;

/**
 * An entry of the stage's {@code derived_columns}.
 *
 * @param name       column produced
 * @param expression AutomateDV derived-column value: a source column name, {@code !CONSTANT}, or a SQL
 *                   expression
 * @param description what it is
 * @param var        a dbt var whose run-time value is the column ({@code expression} is then {@code null}), or
 *                   {@code null}
 * @param type       data type the value is cast to, or {@code null}
 */
public record DerivedColumn(String name, String expression, String description, String var, String type) {

    public DerivedColumn(String name, String expression, String description) {
        this(name, expression, description, null, null);
    }
}
