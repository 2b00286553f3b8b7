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
 * @param generatedSql true when {@code expression} is SQL the generator built from checked identifiers (with dbt
 *                     Jinja calls in it), rendered as is rather than made inert
 */
public record DerivedColumn(String name, String expression, String description, String var, String type,
                            boolean generatedSql) {

    public DerivedColumn(String name, String expression, String description) {
        this(name, expression, description, null, null, false);
    }

    public DerivedColumn(String name, String expression, String description, String var, String type) {
        this(name, expression, description, var, type, false);
    }

    /** SQL the generator built from checked identifiers, with live dbt Jinja calls. */
    public static DerivedColumn generated(String name, String sql, String description) {
        return new DerivedColumn(name, sql, description, null, null, true);
    }
}
