package io.dvmaven.plugin.dbt;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Output samples recorded from dbt-core 1.10.23 with dbt-duckdb 1.10.1. */
class DbtErrorParserTest {

    static List<String> sample(String name) throws IOException {
        try (InputStream in = DbtErrorParserTest.class.getResourceAsStream("/dbt-output/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private List<String> formatted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    @Test
    void jinjaSyntaxErrorMapsToModelFileAndLine() throws IOException {
        List<Diagnostic> diagnostics = new DbtErrorParser().parse(sample("compile-syntax.txt"));

        assertThat(formatted(diagnostics)).containsExactly(
                "models/integration/hubs/h_member.sql:2: dbt Compilation Error in model h_member: unexpected '}',"
                        + " expected ')' (fix the Jinja in this file; if it is generated, fix its spec and run mvn"
                        + " dv:generate)");
        assertThat(diagnostics.get(0).code()).isEqualTo("dbt.compilation-error");
    }

    @Test
    void undefinedMacroSuggestsInstallingPackages() throws IOException {
        List<Diagnostic> diagnostics = new DbtErrorParser().parse(sample("compile-undefined.txt"));

        assertThat(formatted(diagnostics)).containsExactly(
                "models/integration/hubs/h_member.sql: dbt Compilation Error in model h_member: 'foo' is undefined."
                        + " This can happen when calling a macro that does not exist. Check for typos and/or install"
                        + " package dependencies with \"dbt deps\". (fix the Jinja in this file; if it is generated,"
                        + " fix its spec and run mvn dv:generate; if the macro comes from a package, install it (dbt"
                        + " deps, or <offlinePackages>))");
    }

    @Test
    void buildFailuresGiveDatabaseErrorAndFailingTestWithCompiledPaths() throws IOException {
        List<Diagnostic> diagnostics = new DbtErrorParser().parse(sample("build-failures.txt"));

        assertThat(formatted(diagnostics)).containsExactly(
                "models/bad_db.sql: dbt Runtime Error in model bad_db: Catalog Error: Table with name nothing_here"
                        + " does not exist! (check the SQL against the database (compiled SQL:"
                        + " target/compiled/tiny/models/bad_db.sql))",
                "models/schema.yml: dbt Failure in test accepted_values_ok_a__2: Got 1 result, configured to fail"
                        + " if != 0 (query the failing rows with the test's compiled SQL (compiled SQL:"
                        + " target/compiled/tiny/models/schema.yml/accepted_values_ok_a__2.sql), then fix the data or"
                        + " the test)");
        assertThat(diagnostics).allMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
        assertThat(DbtErrorParser.summaryLine(sample("build-failures.txt")))
                .isEqualTo("Done. PASS=2 WARN=0 ERROR=2 SKIP=0 NO-OP=0 TOTAL=4");
    }

    @Test
    void yamlParsingErrorIsResolvedUnderTheModelPath() throws IOException {
        DbtErrorParser parser = new DbtErrorParser(path -> path.equals("schema.yml") ? "models/schema.yml" : path);

        List<Diagnostic> diagnostics = parser.parse(sample("parse-yaml.txt"));

        assertThat(formatted(diagnostics)).containsExactly(
                "models/schema.yml:4: dbt Parsing Error: Runtime Error: while parsing a block collection; did not find expected '-' indicator"
                        + " (fix the syntax of this file)");
    }

    @Test
    void warningsInTestsAreWarnings() {
        List<Diagnostic> diagnostics = new DbtErrorParser().parse(List.of(
                "12:00:01  Warning in test not_null_h_member_member_hk (models/integration/hubs/schema.yml)",
                "12:00:01    Got 2 results, configured to warn if != 0",
                ""));

        assertThat(diagnostics).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.severity()).isEqualTo(Severity.WARNING);
            assertThat(diagnostic.location().file()).isEqualTo("models/integration/hubs/schema.yml");
            assertThat(diagnostic.message()).isEqualTo(
                    "dbt Warning in test not_null_h_member_member_hk: Got 2 results, configured to warn if != 0");
        });
    }

    @Test
    void databaseErrorInDbt19StyleKeepsCompiledLineOutOfTheLocation() {
        List<Diagnostic> diagnostics = new DbtErrorParser().parse(List.of(
                "Database Error in model s_member_demographics_legacy_facets (models/integration/satellites/s_member_demographics_legacy_facets.sql)",
                "  Binder Error: Referenced column \"ssn\" not found in FROM clause!",
                "  LINE 12:     select ssn from ...",
                "  compiled code at target/run/member/models/integration/satellites/s_member_demographics_legacy_facets.sql"));

        assertThat(diagnostics).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.location().line()).isZero();
            assertThat(diagnostic.code()).isEqualTo("dbt.database-error");
            assertThat(diagnostic.message()).isEqualTo("dbt Database Error in model"
                    + " s_member_demographics_legacy_facets: Binder Error: Referenced column \"ssn\" not found in FROM"
                    + " clause!");
        });
    }

    @Test
    void timestampsAreStripped() {
        assertThat(DbtErrorParser.stripTimestamp("02:42:11    Got 1 result")).isEqualTo("  Got 1 result");
        assertThat(Path.of("x")).isNotNull();
    }
}
