package io.dvmaven.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.generate.GenerateResult;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.SpecSchema;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectInitializerTest {

    @TempDir
    Path root;

    private final Log log = new Log();

    private InitRequest request(Path directory) {
        return new InitRequest(directory, directory.resolve("specs"), "com.example", null, "0.1.0-SNAPSHOT", null,
                "io.dvmaven", "dv-maven-plugin", "9.9.9", List.of("generate", "verify"));
    }

    @Test
    void emptyDirectoryGetsEveryFile() throws Exception {
        Path project = root.resolve("web-shop");

        InitResult result = new ProjectInitializer().init(request(project), log);

        assertThat(log.lines).containsExactly(
                "INFO created pom.xml",
                "INFO created dbt_project.yml",
                "INFO created packages.yml",
                "INFO created specs/.dv/dv-spec.schema.json",
                "INFO created specs/customer.yml",
                "INFO created .gitignore");
        assertThat(result.projectName()).isEqualTo("web_shop");
        assertThat(result.profile()).isEqualTo("web_shop");
        assertThat(result.kept()).isEmpty();

        String pom = read(project, "pom.xml");
        assertThat(pom).contains("<groupId>com.example</groupId>", "<artifactId>web-shop</artifactId>",
                "<version>0.1.0-SNAPSHOT</version>", "<packaging>pom</packaging>",
                "<dv-maven-plugin.version>9.9.9</dv-maven-plugin.version>",
                "<groupId>io.dvmaven</groupId>\n        <artifactId>dv-maven-plugin</artifactId>\n"
                        + "        <version>${dv-maven-plugin.version}</version>",
                "              <goal>generate</goal>\n              <goal>verify</goal>\n",
                "and checks them with dbt (dv:verify)");
        assertThat(pom).doesNotContain("@");
        // the start-up flags are offered in a comment only: nothing under .mvn/ is created
        assertThat(pom).contains(".mvn/jvm.config", "       -XX:TieredStopAtLevel=1 -XX:+UseParallelGC\n");
        assertThat(project.resolve(".mvn")).doesNotExist();
        String dbtProject = read(project, "dbt_project.yml");
        assertThat(dbtProject).contains("name: web_shop\n", "profile: web_shop\n",
                "clean-targets: [\"target\", \"dbt_packages\"]\n");
        assertThat(dbtProject).as("target-path is deprecated in dbt 1.11").doesNotContain("target-path");
        assertThat(read(project, "packages.yml")).contains(
                "  - package: Datavault-UK/automate_dv\n    version: 0.11.5\n",
                "  - package: dbt-labs/dbt_utils\n    version: [\">=1.0.0\", \"<2.0.0\"]\n");
        assertThat(read(project, "specs/.dv/dv-spec.schema.json")).isEqualTo(SpecSchema.text());
        assertThat(read(project, "specs/customer.yml"))
                .startsWith("# yaml-language-server: $schema=.dv/dv-spec.schema.json\n");
        assertThat(read(project, ".gitignore")).isEqualTo(
                "# Created by dv:init: build outputs, dbt packages and logs\ntarget/\ndbt_packages/\nlogs/\n");
        // every written file is LF only
        for (String file : result.created()) {
            assertThat(read(project, file)).as(file).doesNotContain("\r");
        }
    }

    @Test
    void theExampleSpecGeneratesAsIs() throws Exception {
        Path project = root.resolve("shop");
        new ProjectInitializer().init(request(project), log);

        GenerateResult result = new DvGenerator().generate(new GenerateRequest(project, project.resolve("specs"),
                project.resolve("target/dv"), NamingConventions.defaults(), null, false, null, true, "test"),
                DvLog.silent());

        assertThat(result.written()).contains(
                "models/integration/hubs/h_customer.sql",
                "models/integration/satellites/s_customer_profile_crm.sql",
                "models/integration/satellites/s_customer_terms_billing.sql",
                "models/staging/crm/stg_customer_crm.sql",
                "models/staging/billing/stg_customer_billing.sql");
        // the schema under specs/.dv is not taken for a spec
        assertThat(result.written()).noneMatch(path -> path.contains("schema_json"));
    }

    @Test
    void secondRunKeepsEveryFileByteForByte() throws Exception {
        Path project = root.resolve("shop");
        new ProjectInitializer().init(request(project), log);
        Map<String, String> before = snapshot(project);
        log.lines.clear();

        InitResult again = new ProjectInitializer().init(request(project), log);

        assertThat(snapshot(project)).isEqualTo(before);
        assertThat(again.created()).isEmpty();
        assertThat(log.lines).containsExactly(
                "INFO kept pom.xml (exists)",
                "INFO kept dbt_project.yml (exists)",
                "INFO kept packages.yml (exists)",
                "INFO kept specs/.dv/dv-spec.schema.json (exists; delete it and run dv:init again to get this"
                        + " plugin version's schema)",
                "INFO kept specs/customer.yml (exists)",
                "INFO kept .gitignore (exists, has target/, dbt_packages/, logs/)");
    }

    @Test
    void existingDbtProjectKeepsItsFilesAndGivesItsNamesToThePom() throws Exception {
        Path project = root.resolve("warehouse");
        write(project, "dbt_project.yml", "name: 'jaffle_shop'\nprofile: 'snowflake_prod'\nconfig-version: 2\n");
        write(project, "models/x.sql", "select 1 as x\n");
        write(project, ".gitignore", "/target\n.env");
        Map<String, String> before = snapshot(project);

        InitResult result = new ProjectInitializer().init(request(project), log);

        assertThat(log.lines).containsExactly(
                "INFO created pom.xml",
                "INFO kept dbt_project.yml (exists)",
                "INFO created packages.yml",
                "INFO created specs/.dv/dv-spec.schema.json",
                "INFO created specs/customer.yml",
                "INFO updated .gitignore (appended dbt_packages/, logs/)");
        assertThat(result.projectName()).isEqualTo("jaffle_shop");
        assertThat(result.profile()).isEqualTo("snowflake_prod");
        assertThat(read(project, "pom.xml")).contains("<artifactId>jaffle-shop</artifactId>",
                "dbt project jaffle_shop");
        Map<String, String> after = snapshot(project);
        assertThat(after.get("dbt_project.yml")).isEqualTo(before.get("dbt_project.yml"));
        assertThat(after.get("models/x.sql")).isEqualTo(before.get("models/x.sql"));
        // existing bytes stay; a newline ends the last line before the added block
        assertThat(after.get(".gitignore")).isEqualTo("/target\n.env\n# Added by dv:init\ndbt_packages/\nlogs/\n");
    }

    @Test
    void existingProjectWithoutProfileIsWarnedAbout() throws Exception {
        Path project = root.resolve("p");
        write(project, "dbt_project.yml", "name: analytics\n");

        InitResult result = new ProjectInitializer().init(request(project), log);

        assertThat(result.profile()).isNull();
        assertThat(log.lines).contains("WARN dbt_project.yml has no 'profile:'; dv:verify needs one (any name;"
                + " add 'profile: analytics')");
    }

    @Test
    void existingSpecsAreNotJoinedByTheExample() throws Exception {
        Path project = root.resolve("p");
        write(project, "specs/member.yml", "entity: {name: member}\n");

        InitResult result = new ProjectInitializer().init(request(project), log);

        assertThat(Files.exists(project.resolve("specs/customer.yml"))).isFalse();
        assertThat(log.lines).contains("INFO kept specs/customer.yml (not written: specs/ already holds 1 spec)",
                "INFO created specs/.dv/dv-spec.schema.json");
        assertThat(result.kept()).contains("specs/customer.yml");
    }

    @Test
    void packagesWithoutAutomateDvAreKeptWithAWarning() throws Exception {
        Path project = root.resolve("p");
        write(project, "packages.yml", "packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n");

        new ProjectInitializer().init(request(project), log);

        assertThat(read(project, "packages.yml")).isEqualTo(
                "packages:\n  - package: dbt-labs/dbt_utils\n    version: 1.3.0\n");
        assertThat(log.lines).contains("INFO kept packages.yml (exists)", "WARN packages.yml does not declare "
                + "AutomateDV; the generated models need it: add '- package: Datavault-UK/automate_dv' with "
                + "'version: 0.11.5'");
    }

    @Test
    void dependenciesYmlStandsInForPackagesYml() throws Exception {
        Path project = root.resolve("p");
        write(project, "dependencies.yml", "packages:\n  - package: Datavault-UK/automate_dv\n");

        new ProjectInitializer().init(request(project), log);

        assertThat(Files.exists(project.resolve("packages.yml"))).isFalse();
        assertThat(log.lines).contains("INFO kept packages.yml (not written: dependencies.yml declares the packages)");
    }

    @Test
    void explicitCoordinatesAndProjectNameWin() throws Exception {
        Path project = root.resolve("p");
        InitRequest request = new InitRequest(project, project.resolve("design"), "org.acme", "vault", "2.0", "dwh",
                "io.dvmaven", "dv-maven-plugin", "1.0.0", List.of("generate"));

        new ProjectInitializer().init(request, log);

        assertThat(read(project, "pom.xml")).contains("<groupId>org.acme</groupId>", "<artifactId>vault</artifactId>",
                "<version>2.0</version>", "              <goal>generate</goal>\n            </goals>")
                .doesNotContain("<goal>verify</goal>", "dv:verify", "checks them");
        assertThat(read(project, "dbt_project.yml")).contains("name: dwh\n", "profile: dwh\n");
        assertThat(Files.exists(project.resolve("design/customer.yml"))).isTrue();
        assertThat(Files.exists(project.resolve("design/.dv/dv-spec.schema.json"))).isTrue();
    }

    @Test
    void unreadableDbtProjectStopsBeforeWritingAnything() throws Exception {
        Path project = root.resolve("p");
        write(project, "dbt_project.yml", "name: [unclosed\n");

        assertThatThrownBy(() -> new ProjectInitializer().init(request(project), log))
                .isInstanceOf(InitException.class)
                .hasMessageStartingWith("dbt_project.yml is not valid YAML: ")
                .satisfies(e -> assertThat(((InitException) e).fix())
                        .isEqualTo("fix the YAML syntax of dbt_project.yml, then run dv:init again"));
        assertThat(snapshot(project)).containsOnlyKeys("dbt_project.yml");
    }

    @Test
    void projectNamesAreLowerSnakeCaseAndNeverReserved() {
        assertThat(ProjectInitializer.projectName(Path.of("/x/My Shop"))).isEqualTo("my_shop");
        assertThat(ProjectInitializer.projectName(Path.of("/x/dataVault-2"))).isEqualTo("data_vault_2");
        assertThat(ProjectInitializer.projectName(Path.of("/x/select"))).isEqualTo("select_project");
        assertThat(ProjectInitializer.projectName(Path.of("/x/2024"))).isEqualTo("x_2024");
    }

    // ---------------------------------------------------------------- helpers

    private static String read(Path project, String file) throws IOException {
        return Files.readString(project.resolve(file), StandardCharsets.UTF_8);
    }

    private static void write(Path project, String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> snapshot(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(path).toString().replace('\\', '/'), Files.readString(path));
            }
        }
        return files;
    }

    private static final class Log implements DvLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String message) {
            lines.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            lines.add("WARN " + message);
        }

        @Override
        public void error(String message) {
            lines.add("ERROR " + message);
        }

        @Override
        public void debug(Supplier<String> message) {
        }
    }
}
