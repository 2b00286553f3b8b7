package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.init.InitRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves that every parameter of dv:init binds, that the pom names this plugin, and that the goal writes files. */
@MojoTest
class InitMojoTest {

    @TempDir
    Path target;

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "init")
    void defaults(InitMojo mojo) {
        InitRequest request = mojo.request();

        assertThat(request.groupId()).isEqualTo("com.example");
        assertThat(request.artifactId()).isNull();
        assertThat(request.version()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(request.projectName()).isNull();
        assertThat(request.pluginGroupId()).isEqualTo("io.dvmaven");
        assertThat(request.pluginArtifactId()).isEqualTo("dv-maven-plugin");
        assertThat(request.pluginVersion()).isNotBlank().doesNotContain("${");
        assertThat(request.goals()).first().isEqualTo("generate");
        assertThat(request.specDirectory()).isEqualTo(request.directory().resolve("specs"));
    }

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    void everyParameterBindsFromThePom(InitMojo mojo) {
        InitRequest request = mojo.request();

        assertThat(request.groupId()).isEqualTo("org.acme.dwh");
        assertThat(request.artifactId()).isEqualTo("customer-vault");
        assertThat(request.version()).isEqualTo("2.0.0-SNAPSHOT");
        assertThat(request.projectName()).isEqualTo("customer_vault");
    }

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    void executeWritesTheProject(InitMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "dbtProjectDirectory", new File(target.toString()));

        mojo.execute();

        assertThat(target.resolve("pom.xml")).content().contains("<artifactId>customer-vault</artifactId>",
                "<groupId>io.dvmaven</groupId>");
        assertThat(target.resolve("dbt_project.yml")).content().contains("name: customer_vault\n");
        assertThat(Files.isRegularFile(target.resolve("specs/.dv/dv-spec.schema.json"))).isTrue();
        assertThat(Files.isRegularFile(target.resolve("specs/customer.yml"))).isTrue();
    }

    @Test
    @Basedir("/unit/init")
    @InjectMojo(goal = "init")
    void unreadableDbtProjectIsAFailureWithItsFix(InitMojo mojo) throws Exception {
        MojoExtension.setVariableValueToObject(mojo, "dbtProjectDirectory", new File(target.toString()));
        Files.writeString(target.resolve("dbt_project.yml"), "- just\n- a list\n");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("dv:init stopped, nothing was written: dbt_project.yml is not a mapping of dbt settings ("
                        + target.resolve("dbt_project.yml") + ")\nTo fix: write dbt_project.yml as 'name: ...', "
                        + "'profile: ...' lines, or remove it to get a new one.");
        assertThat(target.resolve("pom.xml")).doesNotExist();
    }
}
