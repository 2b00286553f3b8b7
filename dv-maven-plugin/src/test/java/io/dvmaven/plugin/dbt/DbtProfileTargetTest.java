package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.target.WarehouseTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtProfileTargetTest {

    @TempDir
    Path project;

    private Path profiles(String yaml) throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"), "name: shop\nprofile: shop\n");
        Path folder = Files.createDirectories(project.resolve("profiles"));
        Files.writeString(folder.resolve("profiles.yml"), yaml);
        return folder;
    }

    @Test
    void readsTheTypeOfTheDefaultOutputOrTheOneAskedFor() throws Exception {
        Path folder = profiles("shop:\n  target: dev\n  outputs:\n    dev: {type: duckdb}\n    prod: {type: Databricks}\n");

        DbtProfileTarget dev = DbtProfileTarget.read(folder, project, null);
        assertThat(dev.target()).isEqualTo(WarehouseTarget.DUCKDB);
        assertThat(dev.description()).isEqualTo("profile 'shop', output 'dev' (type duckdb) in "
                + folder.resolve("profiles.yml"));
        assertThat(DbtProfileTarget.read(folder, project, "prod").target()).isEqualTo(WarehouseTarget.DATABRICKS);
    }

    @Test
    void anAdapterThePluginDoesNotGenerateForSaysWhatToSet() throws Exception {
        Path folder = profiles("shop:\n  target: dev\n  outputs:\n    dev: {type: trino}\n");

        assertThatThrownBy(() -> DbtProfileTarget.read(folder, project, null))
                .isInstanceOf(DbtException.class)
                .hasMessageContaining("output 'dev' (type trino)")
                .hasMessageContaining("is not a warehouse the plugin generates for (duckdb, postgres,")
                .extracting(e -> ((DbtException) e).fix()).asString().contains("-Ddv.target=<id>");
    }

    @Test
    void aMissingProfileOutputOrTemplatedTargetIsNamed() throws Exception {
        Path other = profiles("other:\n  target: dev\n  outputs:\n    dev: {type: postgres}\n");
        assertThatThrownBy(() -> DbtProfileTarget.read(other, project, null))
                .hasMessageContaining("has no profile 'shop' (the profile of dbt_project.yml)");

        Path noOutput = profiles("shop:\n  target: dev\n  outputs:\n    ci: {type: postgres}\n");
        assertThatThrownBy(() -> DbtProfileTarget.read(noOutput, project, null))
                .hasMessageContaining("profile 'shop' in " + noOutput.resolve("profiles.yml") + " has no output 'dev'");

        Path templated = profiles("shop:\n  target: \"{{ env_var('DBT_TARGET') }}\"\n  outputs:\n    ci: {type: postgres}\n");
        assertThatThrownBy(() -> DbtProfileTarget.read(templated, project, null))
                .hasMessageContaining("has a templated target:")
                .extracting(e -> ((DbtException) e).fix()).asString().contains("-Ddv.dbt.target=<ci>");
        assertThat(DbtProfileTarget.read(templated, project, "ci").target()).isEqualTo(WarehouseTarget.POSTGRES);
    }

    @Test
    void aFolderWithoutProfilesYmlIsNamed() throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"), "name: shop\nprofile: shop\n");

        assertThatThrownBy(() -> DbtProfileTarget.read(project.resolve("nowhere"), project, null))
                .hasMessageContaining("No profiles.yml in " + project.resolve("nowhere") + " (dv.dbt.profilesDir)");
    }
}
