package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.plugin.dbt.DbtErrorParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dbt's errors in a business rule's test point at the spec line that declared the rule. */
class BusinessRuleLocationsTest {

    private static final Path SPEC = Path.of("../dv-templates/src/test/resources/golden/business-rules/spec/specs");

    @TempDir
    Path project;

    private BusinessRuleLocations locations() throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.copy(SPEC.resolve("member.yml"), specs.resolve("member.yml"));
        DesignResult design = DesignLoader.load(project, specs, NamingConventions.defaults());
        assertThat(design.vault()).isNotNull();
        return BusinessRuleLocations.of(design);
    }

    @Test
    void aDatabaseErrorInARuleTestPointsAtTheRuleInTheSpec() throws Exception {
        List<Diagnostic> parsed = new DbtErrorParser().parse(List.of(
                "Database Error in test member_birth_date_not_in_future__s_member_demographics_legacy_facets"
                        + " (models/integration/satellites/schema.yml)",
                "  Binder Error: Referenced column \"birth_date\" not found in FROM clause!",
                "  compiled code at target/run/dv/models/integration/satellites/schema.yml/x.sql"));
        assertThat(parsed).singleElement().satisfies(d -> assertThat(d.location().file())
                .isEqualTo("models/integration/satellites/schema.yml"));

        Diagnostic relocated = locations().relocate(parsed.get(0));

        assertThat(relocated.location().file()).isEqualTo("specs/member.yml");
        assertThat(relocated.location().line()).isEqualTo(17); // "  - name: birth_date_not_in_future"
        assertThat(relocated.location().column()).isGreaterThan(0);
        assertThat(relocated.code()).isEqualTo(parsed.get(0).code());
        assertThat(relocated.message()).contains("Binder Error").contains("business rule 'birth_date_not_in_future'")
                .contains("generated into models/integration/satellites/schema.yml");
        assertThat(relocated.fix()).contains("condition").contains("mvn dv:generate");
    }

    @Test
    void aFailingSingularRuleTestAndOtherTestsAreMappedByName() throws Exception {
        BusinessRuleLocations locations = locations();

        assertThat(locations.forTest("member_one_active_coverage")).hasValueSatisfying(rule -> {
            assertThat(rule.rule()).isEqualTo("one_active_coverage");
            assertThat(rule.location().line()).isEqualTo(25);
        });
        assertThat(locations.forTest("member_member_id_format__h_member")).hasValueSatisfying(rule ->
                assertThat(rule.location().line()).isEqualTo(22));
        assertThat(locations.forTest("not_null_h_member_member_hk")).isEmpty();
        Diagnostic other = new DbtErrorParser().parse(List.of(
                "Failure in test not_null_h_member_member_hk (models/integration/hubs/schema.yml)",
                "  Got 1 result, configured to fail if != 0")).get(0);
        assertThat(locations.relocate(other)).isEqualTo(other);
    }

    /** Through dv:verify: dbt (a stand-in printing what dbt prints for a broken rule) fails a rule's test. */
    @Test
    @org.junit.jupiter.api.condition.DisabledOnOs(org.junit.jupiter.api.condition.OS.WINDOWS)
    void verifyReportsADbtErrorInARuleTestAtTheRuleInTheSpec() throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.copy(SPEC.resolve("member.yml"), specs.resolve("member.yml"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: member\nprofile: member\n");
        Path dbt = project.resolve("bin/dbt");
        Files.createDirectories(dbt.getParent());
        Files.writeString(dbt, """
                #!/bin/sh
                case "$*" in
                  *--version*) printf 'Core:\\n  - installed: 1.10.23\\n\\nPlugins:\\n  - duckdb: 1.10.1 - Up to date!\\n'; exit 0;;
                esac
                echo "Database Error in test member_birth_date_not_in_future__s_member_demographics_legacy_facets (models/integration/satellites/schema.yml)"
                echo '  Binder Error: Referenced column "birth_dat" not found in FROM clause!'
                echo "Done. PASS=5 WARN=0 ERROR=1 SKIP=0 TOTAL=6"
                exit 1
                """);
        dbt.toFile().setExecutable(true);
        VerifyRequest request = VerifyRequest.defaults(project);
        new io.dvmaven.generate.DvGenerator().generate(request.generation(), io.dvmaven.model.DvLog.silent());
        request = request.withDbt(io.dvmaven.plugin.dbt.DbtCheckRequest.builder(project, project.resolve("target/dv"))
                .command("build").pathVariable(dbt.getParent().toString())
                .profilesDirectory(Files.createDirectories(project.resolve("profiles"))).build());

        VerifyResult result = new DvVerifier().verify(request, io.dvmaven.model.DvLog.silent());

        assertThat(result.dbtFailed()).isTrue();
        assertThat(result.dbtErrors()).singleElement().satisfies(error -> {
            assertThat(error.location().file()).isEqualTo("specs/member.yml");
            assertThat(error.location().line()).isEqualTo(17);
            assertThat(error.message()).contains("birth_dat").contains("business rule 'birth_date_not_in_future'");
        });
    }
}
