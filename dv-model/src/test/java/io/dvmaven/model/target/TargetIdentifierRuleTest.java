package io.dvmaven.model.target;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingConventions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetIdentifierRuleTest {

    private static final String LONG_TABLE = "member_enrolment_history_with_all_coverage_periods_since_go_live_v2";

    @TempDir
    Path project;

    private DesignResult load() throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("member.yml"), String.join("\n",
                "entity:",
                "  name: member",
                "hub:",
                "  business_key:",
                "    - member_id",
                "  sources:",
                "    - legacy",
                "satellites:",
                "  - name: details",
                "    attributes:",
                "      - first_name",
                "      - account",
                "    sources:",
                "      - legacy",
                "source_mappings:",
                "  legacy:",
                "    schema: legacy_history",
                "    table: " + LONG_TABLE,
                "    key_field: member_id",
                ""));
        DesignResult design = DesignLoader.load(project, specs, NamingConventions.defaults());
        assertThat(design.hasErrors()).as(design.diagnostics().toString()).isFalse();
        return design;
    }

    @Test
    void tooLongForPostgresIsAnErrorAtTheTableName() throws IOException {
        List<Diagnostic> found = TargetIdentifierRule.check(load().entities(), load().vault(),
                WarehouseTarget.POSTGRES);

        assertThat(found).hasSize(1);
        Diagnostic finding = found.get(0);
        assertThat(finding.code()).isEqualTo(TargetIdentifierRule.LENGTH_ID);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.location().file()).isEqualTo("specs/member.yml");
        assertThat(finding.location().line()).isEqualTo(18);
        assertThat(finding.location().column()).isEqualTo(12);
        assertThat(finding.message()).contains(LONG_TABLE, "67 characters", "postgres keeps at most 63");
        assertThat(finding.fix()).contains("63 characters or fewer");
    }

    @Test
    void reservedOnSnowflakeIsAnErrorAtTheAttribute() throws IOException {
        List<Diagnostic> found = TargetIdentifierRule.check(load().entities(), load().vault(),
                WarehouseTarget.SNOWFLAKE);

        assertThat(found).extracting(Diagnostic::code).containsExactly(TargetIdentifierRule.RESERVED_ID);
        assertThat(found.get(0).location().line()).isEqualTo(12);
        assertThat(found.get(0).location().column()).isEqualTo(9);
        assertThat(found.get(0).message()).contains("'account'", "reserved word on snowflake");
    }

    @Test
    void theSameSpecPassesWhereTheNamesAreLegal() throws IOException {
        DesignResult design = load();

        assertThat(TargetIdentifierRule.check(design.entities(), design.vault(), WarehouseTarget.DUCKDB)).isEmpty();
        assertThat(TargetIdentifierRule.apply(design, WarehouseTarget.DUCKDB)).isSameAs(design);
        assertThat(TargetIdentifierRule.apply(design, WarehouseTarget.POSTGRES).hasErrors()).isTrue();
    }

    @Test
    void generatedModelNamesCountToo() throws IOException {
        DesignResult design = load();
        WarehouseTarget tiny = new WarehouseTarget("postgres", 20, "BYTEA", "\"name\"", true);

        assertThat(TargetIdentifierRule.check(design.entities(), design.vault(), tiny))
                .extracting(Diagnostic::message)
                .anyMatch(message -> message.startsWith("generated model 's_member_details_legacy'"));
    }

    @Test
    void everyTargetHasItsReservedWordsAndIsFoundByName() {
        for (WarehouseTarget target : WarehouseTarget.ALL) {
            assertThat(target.reservedWords()).as(target.id()).contains("SELECT", "FROM");
            assertThat(WarehouseTarget.of(target.id().toUpperCase())).contains(target);
        }
        assertThat(WarehouseTarget.of("oracle")).isEmpty();
        assertThat(WarehouseTarget.defaultTarget()).isEqualTo(WarehouseTarget.DUCKDB);
    }
}
