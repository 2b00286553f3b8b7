package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a source mapping says beyond where its key is: the raw location or dbt model read, derived and extra
 * columns, the effective-from column and column data types. Every field is optional.
 *
 * @param database       raw database / catalog ({@code database}), or {@code null}
 * @param model          a dbt model read with {@code ref()} instead of a raw table ({@code model}), or {@code null}
 * @param effectiveFrom  column carrying the business effective-from date ({@code effective_from}), or {@code null}
 * @param extraColumns   columns carried into every structure loaded from the stage ({@code extra_columns})
 * @param derivedColumns columns the stage computes ({@code derived_columns}), in file order
 * @param columnTypes    data types of raw or derived columns ({@code column_types}), column to type
 */
public record StagingOptions(
        Ident database,
        Ident model,
        Ident effectiveFrom,
        List<Ident> extraColumns,
        List<DerivedColumnSpec> derivedColumns,
        Map<String, Ident> columnTypes) implements Serializable {

    /** A SQL data type: words, optionally with a length or precision and scale ({@code decimal(12, 2)}). */
    public static final Pattern DATA_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*( [A-Za-z][A-Za-z0-9_]*)*"
            + "( ?\\(\\d{1,4}( ?, ?\\d{1,4})?\\))?");
    /** A dbt var name. */
    public static final Pattern VAR_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    public static final StagingOptions NONE = new StagingOptions(null, null, null, List.of(), List.of(), Map.of());

    /** The derived column named {@code name}, or {@code null}. */
    public DerivedColumnSpec derived(String name) {
        return derivedColumns.stream().filter(d -> d.name().value().equals(name)).findFirst().orElse(null);
    }
}
