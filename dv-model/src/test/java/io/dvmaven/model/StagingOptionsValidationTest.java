package io.dvmaven.model;

import static io.dvmaven.model.SpecFixture.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each staging option misused: the exact file:line:col, message and fix. */
class StagingOptionsValidationTest {

    @TempDir
    Path project;

    /** The member spec with {@code lines} added to source mapping 'legacy' (from line 15 on). */
    private List<String> withMapping(String lines) {
        return SpecFixture.formatted(new SpecFixture(project).write("specs/member.yml", MEMBER + lines).load());
    }

    private List<String> member(String content) {
        return SpecFixture.formatted(new SpecFixture(project).write("specs/member.yml", content).load());
    }

    @Test
    void everyOptionUsedWellGivesNoDiagnostic() {
        assertThat(withMapping("""
                    database: raw_db
                    effective_from: valid_from
                    extra_columns: [batch_id]
                    derived_columns:
                      record_source: {sql: "'L-' || upper(region)"}
                      load_timestamp: {var: load_date, type: timestamp}
                      country: {constant: "NL"}
                      member_ref: member_no
                    column_types: {member_id: varchar(20), valid_from: timestamp}
                """)).isEmpty();
    }

    @Test
    void modelBesideARawTable() {
        assertThat(withMapping("    model: member_cleaned\n")).containsExactly(
                "specs/member.yml:12:5: source mapping 'legacy' names both a dbt model (model) and a raw schema"
                        + " (schema) (keep model: to read the dbt model with ref(), or remove it and give schema: and"
                        + " table: of the raw table)",
                "specs/member.yml:13:5: source mapping 'legacy' names both a dbt model (model) and a raw table"
                        + " (table) (keep model: to read the dbt model with ref(), or remove it and give schema: and"
                        + " table: of the raw table)");
    }

    @Test
    void derivedColumnWithTwoValuesOrNone() {
        assertThat(withMapping("    derived_columns:\n      a_col: {constant: x, var: y}\n      b_col: {type: int}\n"))
                .containsExactly(
                        "specs/member.yml:16:14: derived column 'a_col' of derived_columns of source mapping 'legacy'"
                                + " gives 2 values (constant, var) (give exactly one of column, constant, sql, var:"
                                + " a_col: {constant: <text>})",
                        "specs/member.yml:17:14: derived column 'b_col' of derived_columns of source mapping 'legacy'"
                                + " gives no value (give exactly one of column, constant, sql, var: b_col: {constant:"
                                + " <text>})");
    }

    @Test
    void sqlExpressionThatEscapesOrHoldsJinja() {
        assertThat(withMapping("    derived_columns:\n      a_col: {sql: \"1; drop table x\"}\n"
                + "      b_col: {sql: \"{{ this }}\"}\n")).containsExactly(
                "specs/member.yml:16:22: SQL expression holds ';'; a derived column is one SQL expression, without"
                        + " statements or comments (remove it; write one expression over the source columns)",
                "specs/member.yml:17:21: text holds the Jinja delimiter '{{' of 'sql'; dbt would run it as template"
                        + " code (remove the delimiter; spec text is copied into dbt files as plain text)");
    }

    @Test
    void varNameAndDataTypeAreChecked() {
        assertThat(withMapping("    derived_columns:\n      a_col: {var: \"load-date\", type: \"int; drop\"}\n"
                + "    column_types: {member_id: \"varchar(20) primary key\"}\n")).containsExactly(
                "specs/member.yml:16:20: 'load-date' in derived column 'a_col' of derived_columns of source mapping"
                        + " 'legacy' is not a dbt var name (use letters, digits and underscores: var: load_date)",
                "specs/member.yml:17:31: 'varchar(20) primary key' is not a data type (in column 'member_id' of"
                        + " column_types of source mapping 'legacy') (write one SQL type, e.g. varchar(100), timestamp,"
                        + " decimal(12, 2))");
    }

    @Test
    void loadTimestampGivenTwiceAndDerivedReadingDerived() {
        assertThat(withMapping("    load_timestamp: loaded_at\n    derived_columns:\n"
                + "      load_timestamp: {var: load_date}\n      a_col: b_col\n      b_col: {constant: x}\n"))
                .containsExactly(
                        "specs/member.yml:17:7: source mapping 'legacy' gives the load timestamp twice: load_timestamp:"
                                + " loaded_at and the derived column 'load_timestamp' (keep load_timestamp: for a raw"
                                + " column, or the derived column for a computed value)",
                        "specs/member.yml:18:14: derived column 'a_col' of source mapping 'legacy' reads 'b_col', which"
                                + " is itself a derived column; derived columns are computed from the source row only"
                                + " (read the raw column, or repeat its expression)");
    }

    @Test
    void extraOrDerivedColumnNamedLikeAGeneratedColumn() {
        assertThat(withMapping("    extra_columns: [member_hk]\n    derived_columns:\n      member_bk: {constant: x}\n"))
                .containsExactly(
                        "specs/member.yml:15:21: extra column 'member_hk' is already the hash key of hub member in"
                                + " stg_member_legacy; every vault table loads it anyway (remove it from extra_columns)",
                        "specs/member.yml:17:7: derived column 'member_bk' has the same name as the generated business"
                                + " key of hub member in stg_member_legacy (rename the derived column)");
    }

    @Test
    void sourceAttributesNameUnknownSourcesAndAttributes() {
        assertThat(member(MEMBER.replace("    sources: [legacy]\nsource_mappings",
                "    sources: [legacy]\n    source_attributes: {legacy: [first_nam], legasy: [last_name]}\n"
                        + "source_mappings"))).containsExactly(
                "specs/member.yml:10:34: 'first_nam' in source_attributes of satellite 'demographics' is not an"
                        + " attribute of the satellite (did you mean 'first_name'?)",
                "specs/member.yml:10:46: source_attributes of satellite 'demographics' names source 'legasy', which is"
                        + " not in the satellite's sources (did you mean 'legacy'?)");
    }

    @Test
    void excludeColumnsBesideAttributesAndAWrongHashdiffOption() {
        assertThat(member(MEMBER.replace("    sources: [legacy]\nsource_mappings",
                "    sources: [legacy]\n    exclude_columns: [etl_note]\n    hashdiff: {include_key: yes}\n"
                        + "source_mappings"))).containsExactly(
                "specs/member.yml:10:5: satellite 'demographics' has both attributes and exclude_columns (keep"
                        + " attributes: to list the payload, or exclude_columns: to load every other source column)",
                "specs/member.yml:11:29: 'include_key' of hashdiff of satellite 'demographics' must be true or false,"
                        + " found 'yes' (write include_key: true)");
    }
}
