package io.dvmaven.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetLiteralRuleTest {

    @TempDir
    Path project;

    private DesignResult load(String recordSource, String constant) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("member.yml"), String.join("\n",
                "entity:",
                "  name: member",
                "hub:",
                "  business_key: [member_id]",
                "  sources: [legacy]",
                "satellites:",
                "  - name: details",
                "    attributes: [region]",
                "    sources: [legacy]",
                "source_mappings:",
                "  legacy:",
                "    schema: raw",
                "    table: members",
                "    key_field: member_id",
                "    record_source: " + recordSource,
                "    derived_columns:",
                "      region: {constant: " + constant + "}",
                "reference_tables:",
                "  - name: nation",
                "    code: nation_code",
                "    sources:",
                "      - {source: legacy, schema: raw, table: nations, record_source: " + recordSource + "}",
                ""));
        DesignResult design = DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults());
        assertThat(design.hasErrors()).as(design.diagnostics().toString()).isFalse();
        return design;
    }

    @Test
    void aBackslashInARecordSourceOrConstantIsRefusedWhereStringLiteralsEscapeWithIt() throws IOException {
        DesignResult design = load("'LEGACY\\EU'", "'EU\\'");
        for (String target : List.of("snowflake", "spark", "databricks", "bigquery")) {
            List<Diagnostic> found = TargetLiteralRule.check(design.entities(),
                    WarehouseTarget.of(target).orElseThrow());
            assertThat(found).extracting(d -> d.location().line() + ":" + d.code())
                    .as(target).containsExactly("11:" + TargetLiteralRule.ID, "17:" + TargetLiteralRule.ID,
                            "22:" + TargetLiteralRule.ID);
            assertThat(found.get(0).message()).contains("record source of legacy", target);
            assertThat(found.get(1).message()).contains("constant of derived column region");
            assertThat(found.get(1).location().column()).isEqualTo(26);
            assertThat(found.get(2).message()).contains("record source of legacy for reference table nation");
        }
    }

    @Test
    void theSameSpecPassesWhereStringLiteralsAreStandard() throws IOException {
        DesignResult design = load("'LEGACY\\EU'", "'EU\\'");
        for (String target : List.of("duckdb", "postgres", "sqlserver")) {
            assertThat(TargetLiteralRule.check(design.entities(), WarehouseTarget.of(target).orElseThrow()))
                    .as(target).isEmpty();
        }
    }

    @Test
    void aSingleQuoteIsRefusedWhereADoubledQuoteIsNoEscape() throws IOException {
        DesignResult design = load("\"LEGACY 'EU'\"", "\"it's\"");
        List<Diagnostic> found = TargetLiteralRule.check(design.entities(),
                WarehouseTarget.of("bigquery").orElseThrow());
        String quote = TargetLiteralRule.QUOTE_ID;
        assertThat(found).extracting(d -> d.location().line() + ":" + d.code())
                .containsExactly("11:" + quote, "17:" + quote, "22:" + quote);
        assertThat(found.get(0).message()).contains("record source of legacy holds a single quote", "bigquery",
                "would not compile");
        assertThat(found.get(1).message()).contains("constant of derived column region");
    }

    @Test
    void quotesPassWhereADoubledQuoteIsOneQuote() throws IOException {
        DesignResult design = load("\"LEGACY 'EU'\"", "\"it's\"");
        for (String target : List.of("duckdb", "postgres", "sqlserver", "snowflake", "spark", "databricks")) {
            assertThat(TargetLiteralRule.check(design.entities(), WarehouseTarget.of(target).orElseThrow()))
                    .as(target).isEmpty();
        }
    }

    @Test
    void plainTextPassesEverywhere() throws IOException {
        DesignResult design = load("\"LEGACY EU\"", "\"its\"");
        for (WarehouseTarget target : WarehouseTarget.ALL) {
            assertThat(TargetLiteralRule.check(design.entities(), target)).as(target.id()).isEmpty();
        }
    }
}
