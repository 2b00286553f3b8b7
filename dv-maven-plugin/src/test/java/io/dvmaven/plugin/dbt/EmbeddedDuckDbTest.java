package io.dvmaven.plugin.dbt;

import io.dvmaven.model.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class EmbeddedDuckDbTest {

    @TempDir
    Path dir;

    private final CapturingLog log = new CapturingLog();

    @Test
    void profileUsesTheProjectsProfileNameAndAnAbsoluteDatabasePath() {
        assertThat(EmbeddedDuckDb.profileYaml("member", Path.of("/work/p/target/dv/embedded.duckdb"))).isEqualTo("""
                # Written by dv-maven-plugin for the embedded DuckDB run; rewritten on every verify.
                member:
                  target: dv_embedded
                  outputs:
                    dv_embedded:
                      type: duckdb
                      path: '/work/p/target/dv/embedded.duckdb'
                      threads: 1
                """);
        assertThat(EmbeddedDuckDb.profileYaml("my profile", Path.of("/it's/db.duckdb")))
                .contains("'my profile':\n").contains("path: '/it''s/db.duckdb'");
    }

    @Test
    void pythonIsTakenFromBesideDbtThenFromTheShebangThenFromPath() throws Exception {
        Path venvDbt = Scripts.write(dir.resolve("venv/bin/dbt"), "exit 0");
        Path venvPython = Scripts.write(dir.resolve("venv/bin/python"), "exit 0");
        assertThat(EmbeddedDuckDb.pythonFor(venvDbt, null)).contains(venvPython);

        Path interpreter = Scripts.write(dir.resolve("opt/py/bin/python3.11"), "exit 0");
        Path shebangDbt = dir.resolve("tools/dbt");
        Files.createDirectories(shebangDbt.getParent());
        Files.writeString(shebangDbt, "#!" + interpreter + "\nimport dbt\n");
        assertThat(EmbeddedDuckDb.pythonFor(shebangDbt, null)).contains(interpreter);

        Path pathPython = Scripts.write(dir.resolve("usr/bin/python3"), "exit 0");
        Path envDbt = dir.resolve("other/dbt");
        Files.createDirectories(envDbt.getParent());
        Files.writeString(envDbt, "#!/usr/bin/env python3\n");
        assertThat(EmbeddedDuckDb.pythonFor(envDbt, dir.resolve("usr/bin").toString())).contains(pathPython);
    }

    @Test
    void projectWithoutProfileIsRefusedWithAFix() throws Exception {
        Files.writeString(dir.resolve("dbt_project.yml"), "name: member\n");

        assertThatThrownBy(() -> new EmbeddedDuckDb(new ProcessRunner(log), log).prepare(DbtProjectFile.read(dir),
                dir.resolve("target/dv"), Vault.empty(), 0, Path.of("python3")))
                .isInstanceOf(DbtException.class)
                .hasMessage("dbt_project.yml of " + dir + " has no 'profile:'");
    }

    @Test
    void pythonWithoutDuckdbModuleIsExplained() throws Exception {
        Files.writeString(dir.resolve("dbt_project.yml"), "name: member\nprofile: member\n");
        Path python = Scripts.write(dir.resolve("bin/python"), "echo \"DV_NO_DUCKDB: No module named 'duckdb'\" >&2; exit 3");

        assertThatThrownBy(() -> new EmbeddedDuckDb(new ProcessRunner(log), log).prepare(DbtProjectFile.read(dir),
                dir.resolve("target/dv"), TestVaults.memberAndCoverage(), 5, python))
                .isInstanceOf(DbtException.class)
                .hasMessageStartingWith("The Python running dbt (" + python + ") has no duckdb module")
                .satisfies(e -> assertThat(((DbtException) e).fix()).startsWith("install dbt-duckdb next to dbt-core"));
        assertThat(dir.resolve("target/dv/dbt-profiles/profiles.yml")).exists();
        assertThat(Files.readString(dir.resolve("target/dv/embedded-sources.sql")))
                .isEqualTo(RawTablesSql.script(TestVaults.memberAndCoverage(), 5));
    }
}
