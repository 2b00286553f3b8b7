package io.dvmaven.model.vault;

/**
 * An entry of the stage's {@code derived_columns}.
 *
 * @param name       column produced
 * @param expression AutomateDV derived-column value: a source column name, or {@code !CONSTANT}
 * @param description what it is
 * @param generatedSql true when {@code expression} is SQL the generator built from checked identifiers (with dbt
 *                     Jinja calls in it), rendered as is rather than made inert
 */
public record DerivedColumn(String name, String expression, String description, boolean generatedSql) {

    /** A column copy or constant. */
    public DerivedColumn(String name, String expression, String description) {
        this(name, expression, description, false);
    }
}
