package io.dvmaven.templates.kinds.stage;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code stage.sql.mustache}. */
public record StageView(String model, String rawSourceName, String rawTable, List<DerivedView> derivedColumns,
                        List<HashView> hashedColumns, String sourceModel, List<VarView> varColumns,
                        NullColumnsView nullColumns) {

    /** A derived column holding a dbt var's run-time value, cast to {@code type} when not null. */
    public record VarView(String name, String var, String type) {
    }

    /** AutomateDV {@code null_columns}; {@code null} renders {@code null_columns=none}. */
    public record NullColumnsView(boolean hasRequired, List<Item> required, boolean hasOptional,
                                  List<Item> optional) {
    }

    /** A derived column; {@code value} is a YAML scalar, quoted when needed. */
    public record DerivedView(String name, String value) {
    }

    /** A hashed column: {@code single} holds the one input of a single-column hash key. */
    public record HashView(String name, boolean hashdiff, boolean singleColumn, String single, List<Item> columns,
                           boolean excludes) {
    }
}
