package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class DbtLocatorTest {

    @TempDir
    Path dir;

    private final CapturingLog log = new CapturingLog();
    private final DbtLocator locator = new DbtLocator(new ProcessRunner(log), log);

    private String path(Path... entries) {
        StringBuilder text = new StringBuilder();
        for (Path entry : entries) {
            text.append(text.length() == 0 ? "" : File.pathSeparator).append(entry);
        }
        return text.toString();
    }

    @Test
    void explicitExecutableWinsOverVenvAndPath() throws Exception {
        Path explicit = Scripts.fakeDbt(dir.resolve("custom/dbt"), "1.10.23", "duckdb=1.10.1");
        Scripts.fakeDbt(dir.resolve("venv/bin/dbt"), "1.10.22", "duckdb=1.10.1");
        Scripts.fakeDbt(dir.resolve("bin/dbt"), "1.9.0", "duckdb=1.9.0");

        DbtExecutable dbt = locator.locate(new DbtLocator.Request(explicit, dir.resolve("venv"),
                path(dir.resolve("bin")), DbtLocator.DEFAULT_VERSION_RANGE, "duckdb"));

        assertThat(dbt.path()).isEqualTo(explicit);
        assertThat(dbt.origin()).isEqualTo("<dbtExecutable>");
        assertThat(log.at("INFO")).containsExactly("Using dbt-core 1.10.23, dbt-duckdb 1.10.1 at " + explicit
                + " (from <dbtExecutable>): set by <dbtExecutable>");
    }

    @Test
    void usersDbtOnPathComesBeforeTheProvisionedVenv() throws Exception {
        Scripts.fakeDbt(dir.resolve("venv/bin/dbt"), "1.11.16", "duckdb=1.11.1");
        Path own = Scripts.fakeDbt(dir.resolve("bin/dbt"), "1.10.20", "duckdb=1.10.0,postgres=1.10.0");

        DbtExecutable dbt = locator.locate(new DbtLocator.Request(null, dir.resolve("venv"),
                path(dir.resolve("bin")), DbtLocator.DEFAULT_VERSION_RANGE, "duckdb"));

        assertThat(dbt.path()).isEqualTo(own);
        assertThat(dbt.origin()).isEqualTo("PATH");
        assertThat(log.at("INFO")).containsExactly("Using dbt-core 1.10.20, dbt-duckdb 1.10.0, dbt-postgres 1.10.0 at "
                + own + " (from PATH): the first dbt on the PATH with dbt-core >=1.10.5 <2 with the duckdb adapter");
    }

    @Test
    void provisionedVenvOnlyWhenNoDbtOnPathFitsAndTheLineSaysWhy() throws Exception {
        Path venvDbt = Scripts.fakeDbt(dir.resolve("venv/bin/dbt"), "1.11.16", "duckdb=1.11.1");
        Path pg = Scripts.fakeDbt(dir.resolve("bin/dbt"), "1.11.16", "postgres=1.11.0");

        DbtExecutable dbt = locator.locate(new DbtLocator.Request(null, dir.resolve("venv"),
                path(dir.resolve("bin")), DbtLocator.DEFAULT_VERSION_RANGE, "duckdb"));

        assertThat(dbt.path()).isEqualTo(venvDbt);
        assertThat(dbt.origin()).isEqualTo("provisioned venv " + dir.resolve("venv"));
        assertThat(log.at("INFO")).singleElement().asString().endsWith(": no dbt on the PATH has dbt-core >=1.10.5 <2"
                + " with the duckdb adapter (" + pg + ": dbt-core 1.11.16 has no duckdb adapter (installed: postgres))");
    }

    @Test
    void versionProbeIsCachedByExecutableAndModificationTime() throws Exception {
        Path calls = dir.resolve("calls");
        Path dbt = Scripts.write(dir.resolve("bin/dbt"), "echo x >> '" + calls + "'\n"
                + "printf 'Core:\\n  - installed: 1.11.16\\n\\nPlugins:\\n  - duckdb: 1.11.1 - Up to date!\\n'");
        Path cache = dir.resolve("cache/probes.properties");
        DbtLocator.Request request = new DbtLocator.Request(null, null, path(dir.resolve("bin")),
                DbtLocator.DEFAULT_VERSION_RANGE, "duckdb");

        new DbtLocator(new ProcessRunner(log), log, cache).locate(request);
        DbtExecutable again = new DbtLocator(new ProcessRunner(log), log, cache).locate(request);

        assertThat(again.version().core()).isEqualTo("1.11.16");
        assertThat(Files.readAllLines(calls)).as("dbt --version runs once").hasSize(1);
        Files.setLastModifiedTime(dbt, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(dbt).toMillis() - 60_000));
        new DbtLocator(new ProcessRunner(log), log, cache).locate(request);
        assertThat(Files.readAllLines(calls)).as("a changed executable is probed again").hasSize(2);
    }

    @Test
    void pathIsSearchedInOrderAndWrongVersionsAreSkipped() throws Exception {
        Scripts.fakeDbt(dir.resolve("old/dbt"), "1.4.0", "duckdb=1.4.0");
        Path good = Scripts.fakeDbt(dir.resolve("good/dbt"), "1.11.16", "duckdb=1.11.1");

        DbtExecutable dbt = locator.locate(new DbtLocator.Request(null, null,
                path(dir.resolve("empty"), dir.resolve("old"), dir.resolve("good")), ">=1.5 <3", null));

        assertThat(dbt.path()).isEqualTo(good);
        assertThat(dbt.version().core()).isEqualTo("1.11.16");
        assertThat(dbt.origin()).isEqualTo("PATH");
    }

    @Test
    void missingEverywhereListsWhatWasSearchedAndTheFix() {
        String pathVariable = path(dir.resolve("a"), dir.resolve("b"));

        assertThatThrownBy(() -> locator.locate(new DbtLocator.Request(null, dir.resolve("venv"), pathVariable,
                DbtLocator.DEFAULT_VERSION_RANGE, null)))
                .isInstanceOf(DbtNotFoundException.class)
                .hasMessage("dbt was not found. Searched: PATH (" + pathVariable + "); venv " + dir.resolve("venv"))
                .satisfies(e -> assertThat(((DbtException) e).fix()).isEqualTo(
                        "install it with pip install 'dbt-core==1.11.*' 'dbt-duckdb==1.11.*' (dbt-core 1.12 does not"
                                + " install from PyPI alone; pin 1.11.x), or set <dbtExecutable> /"
                                + " -Ddv.dbt.executable=/path/to/dbt, or run with -Ddv.dbt.install=true to let the"
                                + " build install dbt into a venv"));
    }

    @Test
    void explicitExecutableThatDoesNotExistIsNotReplacedByPath() throws Exception {
        Scripts.fakeDbt(dir.resolve("bin/dbt"), "1.10.23", "duckdb=1.10.1");
        Path missing = dir.resolve("nope/dbt");

        assertThatThrownBy(() -> locator.locate(new DbtLocator.Request(missing, null, path(dir.resolve("bin")),
                DbtLocator.DEFAULT_VERSION_RANGE, null)))
                .isInstanceOf(DbtNotFoundException.class)
                .hasMessage("dbt executable " + missing + " does not exist or is not executable. Searched:"
                        + " <dbtExecutable> " + missing);
    }

    @Test
    void wrongVersionAndMissingAdapterAreExplained() throws Exception {
        Path old = Scripts.fakeDbt(dir.resolve("old/dbt"), "1.4.9", "duckdb=1.4.0");
        Path noDuck = Scripts.fakeDbt(dir.resolve("pg/dbt"), "1.10.23", "postgres=1.10.0");
        String pathVariable = path(dir.resolve("old"), dir.resolve("pg"));

        assertThatThrownBy(() -> locator.locate(new DbtLocator.Request(null, null, pathVariable,
                DbtLocator.DEFAULT_VERSION_RANGE, "duckdb")))
                .isInstanceOf(DbtNotFoundException.class)
                .hasMessage("No usable dbt found (need dbt-core >=1.10.5 <2 with the duckdb adapter). Searched: PATH ("
                        + pathVariable + "). Rejected: " + old + ": dbt-core 1.4.9 is outside >=1.10.5 <2; " + noDuck
                        + ": dbt-core 1.10.23 has no duckdb adapter (installed: postgres)");
    }

    @Test
    void executableThatPrintsNoVersionIsRejected() throws Exception {
        Path broken = Scripts.write(dir.resolve("x/dbt"), "echo 'Traceback: boom' >&2; exit 1");

        assertThatThrownBy(() -> locator.locate(new DbtLocator.Request(broken, null, null, "*", null)))
                .hasMessage("No usable dbt found (need dbt-core *). Searched: <dbtExecutable> " + broken
                        + ". Rejected: " + broken + ": 'dbt --version' printed no dbt-core version (exit code 1)");
    }
}
