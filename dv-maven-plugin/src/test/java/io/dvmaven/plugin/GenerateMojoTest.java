package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Proves that every parameter of dv:generate binds from the POM and from its property, and that skips work. */
@MojoTest
class GenerateMojoTest {

    private static Path basedir() {
        return Path.of(MojoExtension.getBasedir()).toAbsolutePath().normalize();
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate")
    void defaultsFollowTheDbtProjectDirectory(GenerateMojo mojo) throws Exception {
        GenerateRequest request = mojo.request();

        assertThat(request.projectDirectory()).isEqualTo(basedir());
        assertThat(request.specDirectory()).isEqualTo(basedir().resolve("specs"));
        assertThat(request.naming()).isEqualTo(NamingConventions.defaults());
        assertThat(request.templateDirectory()).isNull();
        assertThat(request.overwriteEdited()).isFalse();
        assertThat(request.generatedAt()).isNull();
        assertThat(request.duckdbShims()).isTrue();
        assertThat(request.generatorVersion()).isEqualTo(DvGenerator.bundledVersion()).doesNotContain("${");
        assertThat(request.reportDirectory().toString().replace('\\', '/')).endsWith("/target/dv");
    }

    @Test
    @Basedir("/unit/configured")
    @InjectMojo(goal = "generate")
    void everyParameterBindsFromThePom(GenerateMojo mojo) throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        GenerateRequest request = mojo.request();

        assertThat(request.projectDirectory()).isEqualTo(basedir());
        assertThat(request.specDirectory()).isEqualTo(basedir().resolve("design"));
        assertThat(request.templateDirectory()).isEqualTo(basedir().resolve("my-templates"));
        assertThat(request.reportDirectory()).isEqualTo(basedir().resolve("reports"));
        assertThat(request.overwriteEdited()).isTrue();
        assertThat(request.generatedAt()).isBetween(before, Instant.now());
        assertThat(request.duckdbShims()).isFalse();
        assertThat(request.naming()).isEqualTo(new NamingConventions("stage_{source}_{entity}", "hub_{entity}",
                "lnk_{link}", "sat_{entity}_{group}_{source}", "{entity}_hash_key", "{link}_hash_key",
                "{entity}_business_key", "{entity}_{key}_business_key", "{entity}_{group}_hashdiff", "src_{source}",
                "stage/{source}", "raw_vault/hubs", "raw_vault/links", "raw_vault/satellites", "rsrc", "load_dts"));
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "naming", value = "")
    void invalidNamingFailsListingEveryProblem(GenerateMojo mojo) throws Exception {
        Naming naming = new Naming();
        naming.setHubModel("Hub-{entity}");
        naming.setLinkModel("l_{entity}");
        MojoExtension.setVariableValueToObject(mojo, "naming", naming);

        assertThatThrownBy(mojo::request).isInstanceOf(MojoFailureException.class).hasMessage(
                "Invalid <naming> configuration of dv-maven-plugin, nothing was generated:\n"
                        + "naming pattern hubModel 'Hub-{entity}' must produce a lower snake_case name (use lower-case"
                        + " letters, digits, underscores and placeholders, starting with a letter, not ending with an"
                        + " underscore)\n"
                        + "naming pattern linkModel 'l_{entity}' uses {entity}, which it cannot know (use only {link})\n"
                        + "naming pattern linkModel 'l_{entity}' must contain {link}, otherwise two different objects "
                        + "get the same name (add {link})\n"
                        + "Fix the patterns in the plugin's <naming> block (or remove them to use the defaults).");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "templateDirectory", value = "${basedir}/no-such-dir")
    void missingTemplateDirectoryFailsNamingTheParameter(GenerateMojo mojo) {
        assertThatThrownBy(mojo::request).isInstanceOf(MojoFailureException.class)
                .hasMessage("templateDirectory " + basedir().resolve("no-such-dir") + " is not a directory (fix "
                        + "<templateDirectory> or -Ddv.templateDirectory, or remove it to use the built-in templates)");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "skip", value = "true")
    void skipSkipsWithItsReason(GenerateMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.infos).containsExactly("Skipping dv:generate (dv.skip=true)");
        assertThat(basedir().resolve("target/dv")).doesNotExist();
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "generateSkip", value = "true")
    void generateSkipSkipsWithItsReason(GenerateMojo mojo) throws Exception {
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.infos).containsExactly("Skipping dv:generate (dv.generate.skip=true)");
    }

    /** The same parameters set only through user properties ({@code -Ddv.*}). */
    @Nested
    class FromProperties {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            Path base = basedir();
            session.getUserProperties().setProperty("dv.specDirectory", base.resolve("design").toString());
            session.getUserProperties().setProperty("dv.templateDirectory", base.resolve("my-templates").toString());
            session.getUserProperties().setProperty("dv.reportDirectory", base.resolve("reports").toString());
            session.getUserProperties().setProperty("dv.overwrite", "true");
            session.getUserProperties().setProperty("dv.timestamp", "true");
            session.getUserProperties().setProperty("dv.duckdbShims", "false");
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "generate")
        void everyPropertyBinds(GenerateMojo mojo) throws Exception {
            GenerateRequest request = mojo.request();

            assertThat(request.specDirectory()).isEqualTo(basedir().resolve("design"));
            assertThat(request.templateDirectory()).isEqualTo(basedir().resolve("my-templates"));
            assertThat(request.reportDirectory()).isEqualTo(basedir().resolve("reports"));
            assertThat(request.overwriteEdited()).isTrue();
            assertThat(request.generatedAt()).isNotNull();
            assertThat(request.duckdbShims()).isFalse();
        }
    }

    @Nested
    class ProjectDirectoryFromProperty {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.dbtProjectDirectory", basedir().resolve("warehouse").toString());
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "generate")
        void specDirectoryFollowsTheProjectDirectory(GenerateMojo mojo) throws Exception {
            GenerateRequest request = mojo.request();

            assertThat(request.projectDirectory()).isEqualTo(basedir().resolve("warehouse"));
            assertThat(request.specDirectory()).isEqualTo(basedir().resolve("warehouse/specs"));
        }
    }

    @Nested
    class TargetFromTheDbtProfile {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.dbt.profilesDir", basedir().resolve("dbt-profiles").toString());
        }

        @Test
        @Basedir("/unit/profile-target")
        @InjectMojo(goal = "generate")
        void followsTheTypeOfTheProfilesDefaultOutput(GenerateMojo mojo) throws Exception {
            CapturingLog log = new CapturingLog();
            mojo.setLog(log);

            assertThat(mojo.request().target()).isEqualTo(io.dvmaven.model.target.WarehouseTarget.POSTGRES);
            assertThat(String.join("\n", log.infos)).contains("Target postgres from the dbt profile 'shop', output 'dev' (type postgres)");
        }
    }

    @Nested
    class TargetFromTheProfileOutputAskedFor {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.dbt.profilesDir", basedir().resolve("dbt-profiles").toString());
            session.getUserProperties().setProperty("dv.dbt.target", "ci");
        }

        @Test
        @Basedir("/unit/profile-target")
        @InjectMojo(goal = "generate")
        void followsTheOutputAskedFor(GenerateMojo mojo) throws Exception {
            assertThat(mojo.request().target()).isEqualTo(io.dvmaven.model.target.WarehouseTarget.SNOWFLAKE);
        }
    }

    @Nested
    class ExplicitTargetOverTheProfile {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.dbt.profilesDir", basedir().resolve("dbt-profiles").toString());
            session.getUserProperties().setProperty("dv.target", "spark");
        }

        @Test
        @Basedir("/unit/profile-target")
        @InjectMojo(goal = "generate")
        void anExplicitTargetWins(GenerateMojo mojo) throws Exception {
            assertThat(mojo.request().target()).isEqualTo(io.dvmaven.model.target.WarehouseTarget.SPARK);
        }
    }

    @Nested
    class SkipFromProperty {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.skip", "true");
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "generate")
        void skips(GenerateMojo mojo) throws Exception {
            CapturingLog log = new CapturingLog();
            mojo.setLog(log);

            mojo.execute();

            assertThat(log.infos).containsExactly("Skipping dv:generate (dv.skip=true)");
        }
    }

    @Nested
    class GenerateSkipFromProperty {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.generate.skip", "true");
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "generate")
        void skips(GenerateMojo mojo) throws Exception {
            CapturingLog log = new CapturingLog();
            mojo.setLog(log);

            mojo.execute();

            assertThat(log.infos).containsExactly("Skipping dv:generate (dv.generate.skip=true)");
        }
    }

    static final class CapturingLog extends SystemStreamLog {
        final List<String> infos = new ArrayList<>();

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }
    }
}
