package io.dvmaven.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlMetadataTest {

    @Test
    void readsKeywordArgumentsWithLiterals() {
        SqlMetadata metadata = SqlMetadata.parse("""
                {{ automate_dv.link(src_pk="member_coverage_hk",
                                    src_fk=['member_hk', 'coverage_hk'],
                                    source_model="stg") }}
                """);

        assertThat(metadata.macro()).contains("link");
        assertThat(metadata.parameter(SqlMetadata.SRC_PK)).containsExactly(new SqlColumnRef("member_coverage_hk", 1, 29));
        assertThat(metadata.parameter(SqlMetadata.SRC_FK)).containsExactly(
                new SqlColumnRef("member_hk", 2, 30), new SqlColumnRef("coverage_hk", 2, 43));
    }

    @Test
    void followsSetStatementsAndIgnoresVariableArguments() {
        SqlMetadata metadata = SqlMetadata.parse("""
                {%- set src_pk = "member_hk" -%}
                {%- set src_hashdiff = {"source_column": "demographics_hashdiff", "alias": "hashdiff"} -%}
                {{ automate_dv.sat(src_pk=src_pk, src_hashdiff=src_hashdiff) }}
                """);

        assertThat(metadata.macro()).contains("sat");
        assertThat(metadata.parameter(SqlMetadata.SRC_PK)).containsExactly(new SqlColumnRef("member_hk", 1, 19));
        assertThat(metadata.parameter(SqlMetadata.SRC_HASHDIFF)).extracting(SqlColumnRef::name).containsExactly("hashdiff");
    }

    @Test
    void readsMultiLineSetListsAsTheGeneratorWritesThem() {
        SqlMetadata metadata = SqlMetadata.parse("""
                {%- set source_model = [
                    "stg_member_gemstone_facets"
                ] -%}
                {%- set src_pk = "member_coverage_hk" -%}
                {%- set src_fk = [
                    "member_hk",
                    "coverage_hk"
                ] -%}
                {{ automate_dv.link(src_pk=src_pk, src_fk=src_fk, source_model=source_model) }}
                """);

        assertThat(metadata.macro()).contains("link");
        assertThat(metadata.parameter(SqlMetadata.SRC_PK)).containsExactly(new SqlColumnRef("member_coverage_hk", 4, 19));
        assertThat(metadata.parameter(SqlMetadata.SRC_FK)).containsExactly(
                new SqlColumnRef("member_hk", 6, 6), new SqlColumnRef("coverage_hk", 7, 6));
    }

    @Test
    void readsYamlMetadataBlocksConsumedThroughFromyaml() {
        SqlMetadata metadata = SqlMetadata.parse("""
                {%- set yaml_metadata -%}
                hashed_columns:
                  member_hk: member_bk
                  member_coverage_hk:
                    - member_bk
                    - coverage_bk
                  demographics_hashdiff:
                    is_hashdiff: true
                    columns:
                      - first_name
                {%- endset -%}
                {%- set metadata_dict = fromyaml(yaml_metadata) -%}
                {{ automate_dv.stage(include_source_columns=true,
                                     hashed_columns=metadata_dict['hashed_columns']) }}
                """);

        assertThat(metadata.macro()).contains("stage");
        assertThat(metadata.hashKeys()).containsExactly(
                new SqlColumnRef("member_hk", 3, 3), new SqlColumnRef("member_coverage_hk", 4, 3));
        assertThat(metadata.hashdiffs()).containsExactly(new SqlColumnRef("demographics_hashdiff", 7, 3));
    }

    @Test
    void readsYamlMetadataBlocks() {
        SqlMetadata metadata = SqlMetadata.parse("""
                {%- set yaml_metadata -%}
                source_model: raw
                src_pk: member_hk
                src_fk:
                  - member_hk
                hashed_columns:
                  member_hk: member_bk
                  demographics_hashdiff:
                    is_hashdiff: true
                    columns: [a]
                {%- endset -%}
                {{ automate_dv.stage(yaml_metadata=yaml_metadata) }}
                """);

        assertThat(metadata.macro()).contains("stage");
        assertThat(metadata.parameter(SqlMetadata.SRC_PK)).containsExactly(new SqlColumnRef("member_hk", 3, 9));
        assertThat(metadata.parameter(SqlMetadata.SRC_FK)).containsExactly(new SqlColumnRef("member_hk", 5, 5));
        assertThat(metadata.hashKeys()).containsExactly(new SqlColumnRef("member_hk", 7, 3));
        assertThat(metadata.hashdiffs()).containsExactly(new SqlColumnRef("demographics_hashdiff", 8, 3));
    }

    @Test
    void plainSqlHasNoMetadata() {
        SqlMetadata metadata = SqlMetadata.parse("select * from {{ ref('h_member') }}\n");

        assertThat(metadata.macro()).isEmpty();
        assertThat(metadata.parameters()).isEmpty();
        assertThat(metadata.hashKeys()).isEmpty();
    }
}
