package io.dvmaven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.rules.RuleSettings;
import io.dvmaven.plugin.dbt.DbtCheckRequest;
import io.dvmaven.plugin.dbt.DbtLocator;
import io.dvmaven.plugin.verify.VerifyRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Proves that every parameter of dv:verify binds from the POM and from its property, and that skips work. */
@MojoTest
class VerifyMojoTest {

    private static Path basedir() {
        return Path.of(MojoExtension.getBasedir()).toAbsolutePath().normalize();
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    void defaults(VerifyMojo mojo) throws Exception {
        VerifyRequest request = mojo.request();

        assertThat(request.projectDirectory()).isEqualTo(basedir());
        assertThat(request.generation().specDirectory()).isEqualTo(basedir().resolve("specs"));
        assertThat(request.generation().naming()).isEqualTo(NamingConventions.defaults());
        assertThat(request.generation().duckdbShims()).isTrue();
        assertThat(request.generation().overwriteEdited()).isFalse();
        assertThat(request.generation().generatedAt()).isNull();
        assertThat(request.modelFolders()).containsExactly("models");
        assertThat(request.rules()).isEqualTo(RuleSettings.defaults());
        assertThat(request.buildDirectory().toString().replace('\\', '/')).endsWith("/target");

        DbtCheckRequest dbt = request.dbt();
        assertThat(dbt).isNotNull();
        assertThat(dbt.projectDirectory()).isEqualTo(basedir());
        assertThat(dbt.outputDirectory()).isEqualTo(request.buildDirectory().resolve("dv"));
        assertThat(dbt.command()).isEqualTo("compile");
        assertThat(dbt.extraArgs()).isEmpty();
        assertThat(dbt.dbtExecutable()).isNull();
        assertThat(dbt.versionRange()).isEqualTo(DbtLocator.DEFAULT_VERSION_RANGE);
        assertThat(dbt.install()).isFalse();
        assertThat(dbt.installDirectory()).isNotNull();
        assertThat(dbt.installCoreVersion()).isEqualTo(DbtLocator.PINNED_CORE_VERSION);
        assertThat(dbt.installDuckdbVersion()).isEqualTo(DbtLocator.PINNED_DUCKDB_VERSION);
        assertThat(dbt.profilesDirectory()).isNull();
        assertThat(dbt.embedded()).isTrue();
        assertThat(dbt.target()).isNull();
        assertThat(dbt.environment()).isEmpty();
        assertThat(dbt.timeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(dbt.offlinePackages()).isEmpty();
        assertThat(dbt.runDeps()).isTrue();
        assertThat(dbt.sampleRows()).isZero();
    }

    @Test
    @Basedir("/unit/verify-configured")
    @InjectMojo(goal = "verify")
    void everyParameterBindsFromThePom(VerifyMojo mojo) throws Exception {
        VerifyRequest request = mojo.request();

        assertThat(request.generation().specDirectory()).isEqualTo(basedir().resolve("design"));
        assertThat(request.generation().duckdbShims()).isFalse();
        assertThat(request.modelFolders()).containsExactly("models", "marts");
        assertThat(request.rules()).isEqualTo(new RuleSettings(Map.of("DV010", "ERROR", "DV003", "WARNING"),
                Set.of("DV011", "DV012"), true, 7));

        DbtCheckRequest dbt = request.dbt();
        assertThat(dbt.command()).isEqualTo("build");
        assertThat(dbt.extraArgs()).containsExactly("--select", "h_member+");
        assertThat(dbt.dbtExecutable()).isEqualTo(basedir().resolve("bin/dbt"));
        assertThat(dbt.versionRange()).isEqualTo(">=1.10 <1.11");
        assertThat(dbt.install()).isTrue();
        assertThat(dbt.installDirectory()).isEqualTo(basedir().resolve("venv"));
        assertThat(dbt.installCoreVersion()).isEqualTo("1.10.20");
        assertThat(dbt.installDuckdbVersion()).isEqualTo("1.10.0");
        assertThat(dbt.profilesDirectory()).isEqualTo(basedir().resolve("profiles"));
        assertThat(dbt.embedded()).isFalse();
        assertThat(dbt.target()).isEqualTo("ci");
        assertThat(mojo.request().generation().target()).as("the type of the profile's ci output")
                .isEqualTo(io.dvmaven.model.target.WarehouseTarget.POSTGRES);
        assertThat(dbt.environment()).containsExactly(Map.entry("DBT_ROLE", "ci"));
        assertThat(dbt.timeout()).isEqualTo(Duration.ofSeconds(600));
        assertThat(dbt.sampleRows()).isEqualTo(250);
        assertThat(dbt.runDeps()).isFalse();
        assertThat(dbt.offlinePackages()).containsOnly(
                Map.entry("automate_dv", basedir().resolve("packages/automate_dv")),
                Map.entry("dbt_utils", Path.of("/opt/pkgs/dbt_utils")));
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "dbtSkip", value = "true")
    void dbtSkipLeavesDbtOut(VerifyMojo mojo) throws Exception {
        assertThat(mojo.request().dbt()).isNull();
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "offlinePackageList", value = "automate_dv")
    void offlinePackageListEntryWithoutDirectoryFails(VerifyMojo mojo) {
        assertThatThrownBy(mojo::request).isInstanceOf(MojoFailureException.class).hasMessage(
                "-Ddv.dbt.offlinePackages entry 'automate_dv' is not name=directory"
                        + " (write e.g. automate_dv=/opt/dbt/automate_dv,dbt_utils=/opt/dbt/dbt_utils)");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "dbtCommand", value = "run-operation")
    void invalidCommandFailsNamingTheParameter(VerifyMojo mojo) {
        assertThatThrownBy(mojo::request).isInstanceOf(MojoFailureException.class).hasMessage(
                "Invalid dbtCommand 'run-operation': use parse, compile or build (fix <dbtCommand> or -Ddv.dbt.command)");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid dbtCommand 'run-operation'");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "skipRules", value = "DV099")
    void unknownRuleIdFailsListingTheKnownOnes(VerifyMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "dv:verify has an invalid rule configuration:\n"
                        + "unknown rule id 'DV099' in skipped rules\n"
                        + "Known rule ids: DV001, DV002, DV003, DV004, DV005, DV006, DV007, DV008, DV009, DV010, DV011,"
                        + " DV012, DV013, DV014, DV020, DV021, DV022, DV023, DV024, DV030, DV031, DV032, DV033, DV040,"
                        + " DV041, DV042; severities: ERROR, WARNING, INFO, OFF. Fix <ruleSeverities> or <skipRules>"
                        + " (-Ddv.verify.skipRules).");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "maxListedFindings", value = "0")
    void maxListedMustBePositive(VerifyMojo mojo) {
        assertThatThrownBy(mojo::request).isInstanceOf(MojoFailureException.class).hasMessage(
                "maxListedFindings must be 1 or more, was 0 (fix <maxListedFindings> or -Ddv.verify.maxListedFindings)");
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "verifySkip", value = "true")
    void verifySkipSkipsWithItsReason(VerifyMojo mojo) throws Exception {
        GenerateMojoTest.CapturingLog log = new GenerateMojoTest.CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.infos).containsExactly("Skipping dv:verify (dv.verify.skip=true)");
        assertThat(basedir().resolve("target/dv/verify-report.md")).doesNotExist();
    }

    @Test
    @Basedir("/unit/defaults")
    @InjectMojo(goal = "verify")
    @MojoParameter(name = "skip", value = "true")
    void skipSkipsWithItsReason(VerifyMojo mojo) throws Exception {
        GenerateMojoTest.CapturingLog log = new GenerateMojoTest.CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertThat(log.infos).containsExactly("Skipping dv:verify (dv.skip=true)");
    }

    /** The same parameters set only through user properties ({@code -Ddv.*}). */
    @Nested
    class FromProperties {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            Path base = basedir();
            set("dv.verify.skipRules", "DV011,DV012");
            set("dv.verify.failOnWarning", "true");
            set("dv.verify.maxListedFindings", "7");
            set("dv.verify.modelFolders", "models,marts");
            set("dv.dbt.executable", base.resolve("bin/dbt").toString());
            set("dv.dbt.version", ">=1.10 <1.11");
            set("dv.dbt.command", "parse");
            set("dv.dbt.args", "--select,h_member+");
            set("dv.dbt.profilesDir", base.resolve("profiles").toString());
            set("dv.dbt.target", "ci");
            set("dv.dbt.timeout", "600");
            set("dv.dbt.sampleRows", "1000");
            set("dv.dbt.deps", "false");
            set("dv.dbt.install", "true");
            set("dv.dbt.installDirectory", base.resolve("venv").toString());
            set("dv.dbt.install.coreVersion", "1.10.20");
            set("dv.dbt.install.duckdbVersion", "1.10.0");
            set("dv.duckdbShims", "false");
            set("dv.dbt.offlinePackages", "automate_dv=packages/standin, dbt_utils=/opt/pkgs/dbt_utils");
        }

        private void set(String name, String value) {
            session.getUserProperties().setProperty(name, value);
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "verify")
        void everyPropertyBinds(VerifyMojo mojo) throws Exception {
            VerifyRequest request = mojo.request();

            assertThat(request.modelFolders()).containsExactly("models", "marts");
            assertThat(request.rules()).isEqualTo(new RuleSettings(Map.of(), Set.of("DV011", "DV012"), true, 7));
            assertThat(request.generation().duckdbShims()).isFalse();
            DbtCheckRequest dbt = request.dbt();
            assertThat(dbt.dbtExecutable()).isEqualTo(basedir().resolve("bin/dbt"));
            assertThat(dbt.versionRange()).isEqualTo(">=1.10 <1.11");
            assertThat(dbt.command()).isEqualTo("parse");
            assertThat(dbt.extraArgs()).containsExactly("--select", "h_member+");
            assertThat(dbt.profilesDirectory()).isEqualTo(basedir().resolve("profiles"));
            assertThat(dbt.target()).isEqualTo("ci");
            assertThat(dbt.timeout()).isEqualTo(Duration.ofSeconds(600));
            assertThat(dbt.sampleRows()).isEqualTo(1000);
            assertThat(dbt.runDeps()).isFalse();
            assertThat(dbt.install()).isTrue();
            assertThat(dbt.installDirectory()).isEqualTo(basedir().resolve("venv"));
            assertThat(dbt.installCoreVersion()).isEqualTo("1.10.20");
            assertThat(dbt.installDuckdbVersion()).isEqualTo("1.10.0");
            assertThat(dbt.offlinePackages()).containsOnly(
                    Map.entry("automate_dv", basedir().resolve("packages/standin")),
                    Map.entry("dbt_utils", Path.of("/opt/pkgs/dbt_utils")));
        }
    }

    @Nested
    class SkipsFromProperties {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.verify.skip", "true");
            session.getUserProperties().setProperty("dv.dbt.skip", "true");
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "verify")
        void skip(VerifyMojo mojo) throws Exception {
            GenerateMojoTest.CapturingLog log = new GenerateMojoTest.CapturingLog();
            mojo.setLog(log);

            mojo.execute();

            assertThat(log.infos).containsExactly("Skipping dv:verify (dv.verify.skip=true)");
            assertThat(mojo.request().dbt()).isNull();
        }
    }

    @Nested
    class InvalidCommandFromProperty {

        @Inject
        private MavenSession session;

        @BeforeEach
        void setProperties() {
            session.getUserProperties().setProperty("dv.dbt.command", "Compile");
        }

        @Test
        @Basedir("/unit/defaults")
        @InjectMojo(goal = "verify")
        void fails(VerifyMojo mojo) {
            assertThatThrownBy(mojo::request).isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("Invalid dbtCommand 'Compile': use parse, compile or build");
        }
    }
}
