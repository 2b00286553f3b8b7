package io.dvmaven.model.vault;

import java.util.List;
import java.util.Map;

/**
 * What a stage carries beyond keys, hashes and payload.
 *
 * @param effectiveFrom stage column with the business effective-from date ({@code src_eff}), or {@code null}
 * @param extraColumns  stage columns carried into every structure loaded from the stage ({@code src_extra_columns})
 * @param sourceModel   the dbt model read with {@code ref()} instead of the raw table, or {@code null}
 * @param columnTypes   declared data types of stage columns, column to type, sorted by column
 */
public record StageOptions(String effectiveFrom, List<String> extraColumns, String sourceModel,
                           Map<String, String> columnTypes) {

    public static final StageOptions NONE = new StageOptions(null, List.of(), null, Map.of());
}
