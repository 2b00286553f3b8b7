package io.dvmaven.model.vault;

import java.util.List;

/**
 * A staging model: one per entity per source system, calling {@code automate_dv.stage}.
 *
 * @param model          model name ({@code stg_member_legacy_facets})
 * @param folder         folder relative to {@code models/} ({@code staging/legacy_facets})
 * @param entity         entity name
 * @param source         source system name
 * @param rawSourceName  dbt source name ({@code raw_legacy_facets})
 * @param rawTable       raw table name
 * @param recordSource   record source constant written to the record source column
 * @param loadTimestampSource raw column carrying the load timestamp
 * @param keyFields      raw column(s) carrying the entity's business key, in key-part order
 * @param attributes     every satellite attribute this source provides, sorted by name
 * @param derivedColumns derived columns, in a stable order: business keys, related business keys, record
 *                       source, load timestamp, renamed attributes
 * @param hashedColumns  hashed columns, in a stable order: hub hash key, related hub hash keys, link hash
 *                       keys, hashdiffs
 * @param spec           spec defining the entity
 * @param options        the stage's effective-from column, extra columns, dbt model read and column types
 * @param nullColumns    business key columns loading NULL as placeholders (AutomateDV {@code null_columns})
 */
public record Stage(
        String model,
        String folder,
        String entity,
        String source,
        String rawSourceName,
        String rawTable,
        String recordSource,
        String loadTimestampSource,
        List<String> keyFields,
        List<Attribute> attributes,
        List<DerivedColumn> derivedColumns,
        List<HashedColumn> hashedColumns,
        SpecRef spec,
        StageOptions options,
        StageNullColumns nullColumns) {

    public Stage {
        options = options == null ? StageOptions.NONE : options;
        nullColumns = nullColumns == null ? StageNullColumns.NONE : nullColumns;
    }

    /** A stage reading a raw table, without staging options or {@code null_columns}. */
    public Stage(String model, String folder, String entity, String source, String rawSourceName, String rawTable,
                 String recordSource, String loadTimestampSource, List<String> keyFields, List<Attribute> attributes,
                 List<DerivedColumn> derivedColumns, List<HashedColumn> hashedColumns, SpecRef spec) {
        this(model, folder, entity, source, rawSourceName, rawTable, recordSource, loadTimestampSource, keyFields,
                attributes, derivedColumns, hashedColumns, spec, StageOptions.NONE, StageNullColumns.NONE);
    }

    /** This stage with other columns; its options and {@code null_columns} stay. */
    public Stage withColumns(List<Attribute> attributes, List<DerivedColumn> derivedColumns,
                             List<HashedColumn> hashedColumns, StageNullColumns nullColumns) {
        return new Stage(model, folder, entity, source, rawSourceName, rawTable, recordSource, loadTimestampSource,
                keyFields, attributes, derivedColumns, hashedColumns, spec, options, nullColumns);
    }

    /** The stage column carrying the business effective-from date, or {@code null} (AutomateDV {@code src_eff}). */
    public String effectiveFrom() {
        return options.effectiveFrom();
    }

    /** Columns carried into every structure loaded from this stage (AutomateDV {@code src_extra_columns}). */
    public List<String> extraColumns() {
        return options.extraColumns();
    }
}
