package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class DbtPackagesTest {

    @TempDir
    Path dir;

    private Path project;
    private Path automateDv;
    private final CapturingLog log = new CapturingLog();
    private final DbtPackages packages = new DbtPackages(log);

    @BeforeEach
    void setUp() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: member\nprofile: member\n");
        automateDv = Files.createDirectories(dir.resolve("pkgs/automate_dv"));
        Files.writeString(automateDv.resolve("dbt_project.yml"), "name: automate_dv\n");
    }

    @Test
    void readsHubGitAndLocalDeclarations() throws Exception {
        Path local = Files.createDirectories(project.resolve("local/utils"));
        Files.writeString(local.resolve("dbt_project.yml"), "name: my_utils\n");
        Files.writeString(project.resolve("packages.yml"), """
                packages:
                  - package: Datavault-UK/automate_dv
                    version: 0.11.5
                  - git: "https://example.org/acme/dbt_helpers.git"
                    revision: v1
                  - local: local/utils
                """);

        assertThat(packages.declared(project)).extracting(DbtPackages.DeclaredPackage::installName)
                .containsExactly("automate_dv", "dbt_helpers", "my_utils");
    }

    @Test
    void depsNeededOnlyWhenDeclaredPackagesAreMissingOrStale() throws Exception {
        DbtProjectFile file = DbtProjectFile.read(project);
        assertThat(packages.depsNeeded(file, Map.of())).as("no packages.yml").isFalse();

        VendoredPackages.declareAutomateDv(project);
        assertThat(packages.depsNeeded(file, Map.of())).as("dbt_packages missing").isTrue();
        assertThat(packages.depsNeeded(file, Map.of("automate_dv", automateDv))).as("covered offline").isFalse();

        Files.createDirectories(project.resolve("dbt_packages/automate_dv"));
        Files.setLastModifiedTime(project.resolve("dbt_packages"), FileTime.fromMillis(2_000_000_000_000L));
        assertThat(packages.depsNeeded(file, Map.of())).as("installed").isFalse();

        Files.setLastModifiedTime(project.resolve("packages.yml"), FileTime.fromMillis(2_000_000_100_000L));
        assertThat(packages.depsNeeded(file, Map.of())).as("packages.yml newer").isTrue();
        assertThat(log.at("INFO")).contains("dbt packages are not installed (dbt_packages/ is missing)",
                "packages.yml changed after the packages were installed");
    }

    @Test
    void offlineInstallLinksIntoTheConfiguredInstallPathAndIsIdempotent() throws Exception {
        Files.writeString(project.resolve("dbt_project.yml"), "name: member\nprofile: member\n"
                + "packages-install-path: vendor\n");
        DbtProjectFile file = DbtProjectFile.read(project);

        assertThat(packages.installOffline(file, Map.of("automate_dv", automateDv))).containsExactly("automate_dv");
        assertThat(packages.installOffline(file, Map.of("automate_dv", automateDv))).containsExactly("automate_dv");

        Path installed = project.resolve("vendor/automate_dv");
        assertThat(Files.isSymbolicLink(installed)).isTrue();
        assertThat(Files.readSymbolicLink(installed)).isEqualTo(automateDv.toAbsolutePath().normalize());
        assertThat(log.at("INFO")).containsExactly(
                "Installed dbt package automate_dv offline: vendor/automate_dv -> " + automateDv);
    }

    @Test
    void offlineInstallReplacesAStaleCopy() throws Exception {
        Files.createDirectories(project.resolve("dbt_packages/automate_dv/macros"));
        Files.writeString(project.resolve("dbt_packages/automate_dv/macros/old.sql"), "old");

        packages.installOffline(DbtProjectFile.read(project), Map.of("automate_dv", automateDv));

        assertThat(Files.isSymbolicLink(project.resolve("dbt_packages/automate_dv"))).isTrue();
        assertThat(automateDv.resolve("macros/old.sql")).doesNotExist();
    }

    @Test
    void offlineDirectoryThatIsNoPackageIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThatThrownBy(() -> packages.installOffline(DbtProjectFile.read(project), Map.of("dbt_utils", empty)))
                .isInstanceOf(DbtException.class)
                .hasMessage("Offline package dbt_utils: " + empty + " is not a dbt package (no dbt_project.yml)")
                .satisfies(e -> assertThat(((DbtException) e).fix())
                        .isEqualTo("point <offlinePackages><dbt_utils> at the package's root directory"));
    }
}
