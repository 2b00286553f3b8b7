package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.plugin.dbt.DbtCheckRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtUpToDateTest {

    @TempDir
    Path project;

    private DbtUpToDate upToDate;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("specs/member.yml"), "entity:\n  name: member\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("models/h_member.sql"), "select 1\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("dbt_project.yml"), "name: x\n", StandardCharsets.UTF_8);
        upToDate = new DbtUpToDate(project.resolve("target"));
    }

    private DbtCheckRequest check(String command) {
        return DbtCheckRequest.builder(project, project.resolve("target/dv")).command(command).build();
    }

    @Test
    void greenRunWithNothingChangedIsUpToDate() throws Exception {
        assertThat(upToDate.upToDate(check("compile"))).as("never ran").isFalse();
        upToDate.recordGreen(check("compile"));

        Files.writeString(project.resolve("target/dv/verify-report.md"), "build output is no input\n");
        assertThat(upToDate.upToDate(check("compile"))).isTrue();
    }

    @Test
    void specModelProjectFileOrParameterChangeIsNotUpToDate() throws Exception {
        for (String changed : List.of("specs/member.yml", "models/h_member.sql", "dbt_project.yml", "parameter",
                "new macro")) {
            upToDate.recordGreen(check("compile"));
            String command = "compile";
            switch (changed) {
                case "parameter" -> command = "build";
                case "new macro" -> Files.writeString(Files.createDirectories(project.resolve("macros"))
                        .resolve("m.sql"), "{% macro m() %}{% endmacro %}\n");
                default -> {
                    Path file = project.resolve(changed);
                    Files.writeString(file, Files.readString(file) + "# edit\n");
                    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
                }
            }
            assertThat(upToDate.upToDate(check(command))).as(changed).isFalse();
        }
    }

    @Test
    void forgottenAfterAFailedRun() throws Exception {
        upToDate.recordGreen(check("compile"));
        upToDate.forget();
        assertThat(upToDate.upToDate(check("compile"))).isFalse();
    }

    @Test
    void onlyTheModelsWhoseOwnFilesChangedAreNamedAndAnythingElseMeansAll() throws Exception {
        Files.writeString(project.resolve("models/h_member.yml"), "version: 2\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("models/h_coverage.sql"), "select 2\n", StandardCharsets.UTF_8);
        Files.writeString(project.resolve("models/raw.source.yml"), "version: 2\n", StandardCharsets.UTF_8);
        upToDate.recordGreen(check("compile"));
        assertThat(upToDate.changedModels(check("compile"))).as("nothing changed").isEmpty();

        touch("models/h_member.yml");
        touch("specs/member.yml");
        assertThat(upToDate.changedModels(check("compile"))).contains(List.of("h_member"));
        touch("models/h_coverage.sql");
        assertThat(upToDate.changedModels(check("compile"))).contains(List.of("h_coverage", "h_member"));

        for (String everything : List.of("models/raw.source.yml", "dbt_project.yml", "new model", "parameter")) {
            upToDate.recordGreen(check("compile"));
            String command = "compile";
            switch (everything) {
                case "new model" -> Files.writeString(project.resolve("models/h_new.sql"), "select 3\n");
                case "parameter" -> command = "build";
                default -> touch(everything);
            }
            assertThat(upToDate.changedModels(check(command))).as(everything).isEmpty();
        }
    }

    private void touch(String relative) throws Exception {
        Path file = project.resolve(relative);
        Files.writeString(file, Files.readString(file) + "# edit\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    }
}
