package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.spec.Ident;
import java.io.Serializable;

/**
 * One entry of {@code derived_columns}: a column the staging model computes.
 *
 * @param name  the column produced; the load timestamp or record source column's name replaces that column
 * @param form  how the value is given
 * @param value a column name ({@link Form#COLUMN}), constant text, SQL expression or dbt var name
 * @param type  data type the value is cast to ({@code type}), or {@code null}
 */
public record DerivedColumnSpec(Ident name, Form form, Ident value, Ident type) implements Serializable {

    /** The ways a derived value is written. */
    public enum Form {
        /** {@code name: source_column} or {@code {column: source_column}}: a copy of a column. */
        COLUMN("column"),
        /** {@code {constant: text}}: the same text on every row. */
        CONSTANT("constant"),
        /** {@code {sql: expression}}: a SQL expression over the source columns, listed for review. */
        SQL("sql"),
        /** {@code {var: name}}: the value of a dbt var at run time. */
        VAR("var");

        private final String key;

        Form(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
