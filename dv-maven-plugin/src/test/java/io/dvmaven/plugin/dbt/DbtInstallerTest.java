package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class DbtInstallerTest {

    @TempDir
    Path dir;

    private final CapturingLog log = new CapturingLog();
    private final DbtInstaller installer = new DbtInstaller(new ProcessRunner(log), log);

    private DbtInstaller.Request request(Path venv, String pathVariable) {
        return new DbtInstaller.Request(venv, "1.10.23", "1.10.1", pathVariable, Duration.ofMinutes(2));
    }

    @Test
    void defaultDirectoryIsUnderTheLocalRepository() {
        assertThat(DbtInstaller.defaultInstallDirectory(Path.of("/home/u/.m2/repository"), "1.10.23", "1.10.1"))
                .isEqualTo(Path.of("/home/u/.m2/repository/.cache/dv-maven-plugin/dbt-1.10.23-duckdb-1.10.1"));
    }

    @Test
    void missingPythonSaysWhatWasSearchedAndHowToFixIt() {
        String pathVariable = dir.resolve("nothing-here").toString();

        assertThatThrownBy(() -> installer.install(request(dir.resolve("venv"), pathVariable)))
                .isInstanceOf(DbtException.class)
                .hasMessage("Cannot install dbt: no python3 on PATH (searched: " + pathVariable + ")")
                .satisfies(e -> assertThat(((DbtException) e).fix()).isEqualTo(
                        "install Python 3.9 or newer (e.g. apt-get install python3 python3-venv), or install dbt"
                                + " yourself with pip install 'dbt-core==1.11.*' 'dbt-duckdb==1.11.*' and set"
                                + " <dbtExecutable>"));
    }

    @Test
    void missingVenvModuleIsNamed() throws Exception {
        Scripts.write(dir.resolve("bin/python3"), "echo 'The virtual environment was not created successfully"
                + " because ensurepip is not available.' >&2; exit 1");

        assertThatThrownBy(() -> installer.install(request(dir.resolve("venv"), dir.resolve("bin").toString())))
                .isInstanceOf(DbtException.class)
                .hasMessageStartingWith("Cannot install dbt: '" + dir.resolve("bin/python3")
                        + " -m venv' failed (the venv/ensurepip module is missing)")
                .hasMessageContaining("ensurepip is not available")
                .satisfies(e -> assertThat(((DbtException) e).fix()).startsWith(
                        "install the venv module (e.g. apt-get install python3-venv)"));
        assertThat(dir.resolve("venv")).doesNotExist();
    }

    @Test
    void missingPipIsNamed() throws Exception {
        // A python whose venv has an interpreter that knows no pip.
        Scripts.write(dir.resolve("bin/python3"), "mkdir -p \"$3/bin\"\n"
                + "printf '#!/bin/sh\\necho \"No module named pip\" >&2\\nexit 1\\n' > \"$3/bin/python\"\n"
                + "chmod +x \"$3/bin/python\"");

        assertThatThrownBy(() -> installer.install(request(dir.resolve("venv"), dir.resolve("bin").toString())))
                .isInstanceOf(DbtException.class)
                .hasMessageStartingWith("Cannot install dbt: the new venv in " + dir.resolve("venv") + " has no pip")
                .hasMessageContaining("No module named pip")
                .satisfies(e -> assertThat(((DbtException) e).fix()).startsWith(
                        "install pip for " + dir.resolve("bin/python3")));
    }

    @Test
    void installsWithPinnedVersionsThenIsIdempotent() throws Exception {
        // A python whose venv's pip "installs" a dbt script; records each pip call.
        Path calls = dir.resolve("pip-calls.txt");
        Scripts.write(dir.resolve("bin/python3"), "mkdir -p \"$3/bin\"\n"
                + "cat > \"$3/bin/python\" <<'PY'\n#!/bin/sh\n"
                + "if [ \"$3\" = \"install\" ]; then echo \"$*\" >> " + calls + "; "
                + "printf '#!/bin/sh\\necho dbt\\n' > \"$(dirname \"$0\")/dbt\"; chmod +x \"$(dirname \"$0\")/dbt\"; fi\n"
                + "exit 0\nPY\nchmod +x \"$3/bin/python\"");
        Path venv = dir.resolve("cache/dbt-1.10.23");

        Path dbt = installer.install(request(venv, dir.resolve("bin").toString()));
        Path again = installer.install(request(venv, dir.resolve("bin").toString()));

        assertThat(dbt).isEqualTo(venv.resolve("bin/dbt")).isEqualTo(again);
        assertThat(Files.readAllLines(calls)).containsExactly(
                "-m pip install --disable-pip-version-check --no-input dbt-core==1.10.23 dbt-duckdb==1.10.1");
        assertThat(Files.readString(venv.resolve(DbtInstaller.MARKER))).isEqualTo(
                "dbt-core==1.10.23 dbt-duckdb==1.10.1\n");
        assertThat(log.at("INFO")).contains("Installed dbt 1.10.23 into " + venv,
                "dbt 1.10.23 already installed in " + venv);
        assertThat(dir.resolve("cache/dbt-1.10.23.lock")).exists();
    }

    @Test
    void halfInstalledVenvIsRecreated() throws Exception {
        Path venv = dir.resolve("venv");
        Files.createDirectories(venv.resolve("bin"));
        Files.writeString(venv.resolve("leftover"), "x");
        String pathVariable = dir.resolve("none").toString();

        assertThatThrownBy(() -> installer.install(request(venv, pathVariable))).isInstanceOf(DbtException.class);

        assertThat(log.at("INFO")).contains("Removing incomplete dbt install in " + venv);
        assertThat(venv.resolve("leftover")).doesNotExist();
    }

    /** Really installs dbt from the package index (minutes, needs network): mvn test -Ddv.test.excludedGroups= -Dgroups=slow. */
    @Test
    @Tag("slow")
    void realInstallIntoAVenv() throws Exception {
        Path venv = dir.resolve("real-venv");

        Path dbt = installer.install(request(venv, System.getenv("PATH")));

        DbtExecutable located = new DbtLocator(new ProcessRunner(log), log).locate(new DbtLocator.Request(null, venv,
                null, "1.10.*", "duckdb"));
        assertThat(located.path()).isEqualTo(dbt);
        assertThat(located.version().core()).isEqualTo("1.10.23");
        assertThat(located.version().adapters()).containsEntry("duckdb", "1.10.1");
    }
}
