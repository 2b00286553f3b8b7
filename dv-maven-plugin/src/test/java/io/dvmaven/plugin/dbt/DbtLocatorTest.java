package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
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
                + " (from <dbtExecutable>)");
    }

    @Test
    void venvComesBeforePath() throws Exception {
        Path venvDbt = Scripts.fakeDbt(dir.resolve("venv/bin/dbt"), "1.10.23", "duckdb=1.10.1");
        Scripts.fakeDbt(dir.resolve("bin/dbt"), "1.10.20", "duckdb=1.10.0");

        DbtExecutable dbt = locator.locate(new DbtLocator.Request(null, dir.resolve("venv"),
                path(dir.resolve("bin")), DbtLocator.DEFAULT_VERSION_RANGE, null));

        assertThat(dbt.path()).isEqualTo(venvDbt);
        assertThat(dbt.origin()).isEqualTo("venv " + dir.resolve("venv"));
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
                .hasMessage("dbt was not found. Searched: venv " + dir.resolve("venv") + "; PATH (" + pathVariable + ")")
                .satisfies(e -> assertThat(((DbtException) e).fix()).isEqualTo(
                        "install it with pip install 'dbt-core==1.10.*' 'dbt-duckdb==1.10.*' (dbt-core 1.12 cannot be"
                                + " installed offline; pin 1.10.x), or set <dbtExecutable> /"
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
                .hasMessage("No usable dbt found (need dbt-core >=1.8 <3 with the duckdb adapter). Searched: PATH ("
                        + pathVariable + "). Rejected: " + old + ": dbt-core 1.4.9 is outside >=1.8 <3; " + noDuck
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
