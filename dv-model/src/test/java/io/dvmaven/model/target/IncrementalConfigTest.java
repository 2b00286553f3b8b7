package io.dvmaven.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncrementalConfigTest {

    @Test
    void everyTargetInsertsWithoutKeyAndAddsNewColumnsByDefault() {
        for (WarehouseTarget target : WarehouseTarget.ALL) {
            IncrementalConfig defaults = IncrementalConfig.defaults(target);
            assertThat(defaults.onSchemaChange()).as(target.id()).isEqualTo("append_new_columns");
            assertThat(defaults.strategy()).as(target.id())
                    .isEqualTo(target.equals(WarehouseTarget.BIGQUERY) ? "merge" : "append");
            assertThat(IncrementalConfig.strategies(target)).as(target.id()).contains(defaults.strategy());
            assertThat(defaults.configArguments()).doesNotContain("unique_key");
        }
        assertThat(IncrementalConfig.defaults(WarehouseTarget.POSTGRES).configArguments())
                .isEqualTo(", incremental_strategy='append', on_schema_change='append_new_columns'");
    }

    @Test
    void overridesAreTrimmedAndLowerCasedAndBlankKeepsTheDefault() {
        IncrementalConfig.Result result = IncrementalConfig.resolve(WarehouseTarget.SNOWFLAKE, " MERGE ", " ");
        assertThat(result.problems()).isEmpty();
        assertThat(result.config()).isEqualTo(new IncrementalConfig("merge", "append_new_columns"));
        assertThat(IncrementalConfig.resolve(WarehouseTarget.DUCKDB, null, "fail").config())
                .isEqualTo(new IncrementalConfig("append", "fail"));
    }

    @Test
    void strategiesThatDeleteOrReplaceRowsAreRefusedWithWhatToUse() {
        IncrementalConfig.Result result = IncrementalConfig.resolve(WarehouseTarget.POSTGRES, "delete+insert", null);
        assertThat(result.config()).isNull();
        assertThat(result.problems()).containsExactly("incremental strategy 'delete+insert' cannot load"
                + " AutomateDV's insert-only vault tables: it deletes the rows of each unique_key before inserting,"
                + " which would delete history; use one of [append, merge] for postgres");
        assertThat(IncrementalConfig.resolve(WarehouseTarget.BIGQUERY, "insert_overwrite", null).problems())
                .singleElement().asString().contains("replaces whole partitions").endsWith("use one of [merge] for bigquery");
    }

    @Test
    void aStrategyTheAdapterLacksIsRefused() {
        assertThat(IncrementalConfig.resolve(WarehouseTarget.BIGQUERY, "append", null).problems())
                .containsExactly("incremental strategy 'append' is not available on bigquery; use one of [merge]");
        assertThat(IncrementalConfig.resolve(WarehouseTarget.DUCKDB, "upsert", null).problems())
                .containsExactly("incremental strategy 'upsert' is not available on duckdb; use one of [append, merge]");
    }

    @Test
    void schemaChangesThatDropHistoryOrAreUnknownAreRefused() {
        assertThat(IncrementalConfig.resolve(WarehouseTarget.SPARK, "delete+insert", "sync_all_columns").problems())
                .hasSize(2).last().asString().startsWith("on_schema_change 'sync_all_columns' drops the columns");
        assertThat(IncrementalConfig.resolve(WarehouseTarget.SPARK, null, "add").problems())
                .containsExactly("on_schema_change 'add' is unknown; use one of [append_new_columns, fail, ignore]");
    }
}
