package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.SpecErrorsException;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.report.DriftEntry;
import io.dvmaven.model.rules.InvalidRuleConfigurationException;
import io.dvmaven.model.rules.RuleSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade without dbt: drift from the generation plan, rules, reports and the summary line. */
class DvVerifierTest {

    private static final String SPEC = """
            entity:
              name: provider
            hub:
              business_key: [provider_id]
              sources: [provider_registry]
            satellites:
              - name: profile
                attributes: [provider_name, specialty]
                sources: [provider_registry]
            source_mappings:
              provider_registry:
                schema: registry
                table: providers
                key_field: prov_id
            """;

    @TempDir
    Path project;

    private final List<String> logged = new ArrayList<>();
    private final DvLog log = new DvLog() {
        @Override
        public void info(String message) {
            logged.add("INFO " + message);
        }

        @Override
        public void warn(String message) {
            logged.add("WARN " + message);
        }

        @Override
        public void error(String message) {
            logged.add("ERROR " + message);
        }

        @Override
        public void debug(Supplier<String> message) {
        }
    };

    private VerifyRequest request() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/provider.yml"), SPEC, StandardCharsets.UTF_8);
        return VerifyRequest.defaults(project);
    }

    private void generate(VerifyRequest request) throws Exception {
        new DvGenerator().generate(request.generation(), DvLog.silent());
    }

    @Test
    void generatedProjectPassesWithOneSummaryLineAndEveryReport() throws Exception {
        VerifyRequest request = request();
        generate(request);

        VerifyResult result = new DvVerifier().verify(request, log);

        assertThat(result.failed()).isFalse();
        assertThat(result.drift()).isEmpty();
        assertThat(result.summary())
                .isEqualTo("dv:verify: 3 models, 26 rules: 0 errors, 0 warnings; drift: none; dbt: skipped");
        assertThat(logged).contains("INFO " + result.summary());
        assertThat(result.reports()).extracting(p -> project.relativize(p).toString().replace('\\', '/'))
                .containsExactly("target/dv/verify-report.md", "target/dv/verify-report.json",
                        "target/dv/verify.sarif", "target/dv-reports/TEST-dv-rules.xml");
    }

    @Test
    void staleMissingAndEditedFilesAreDrift() throws Exception {
        VerifyRequest request = request();
        generate(request);
        Files.writeString(project.resolve("specs/provider.yml"), SPEC.replace(", specialty]", "]"));
        // the hashdiff loses an input: a breaking hash change, acknowledged so that drift is what is checked
        Files.writeString(project.resolve("specs/dv_settings.yml"),
                "rehash: [{column: profile_hashdiff, acknowledged: 2026-02-01}]\n");
        Files.delete(project.resolve("macros/dv/dv_expression_is_true.sql"));
        Path hub = project.resolve("models/integration/hubs/h_provider.sql");
        Files.writeString(hub, Files.readString(hub) + "\n-- edited\n");

        VerifyResult result = new DvVerifier().verify(request, log);

        assertThat(result.drift()).extracting(DriftEntry::path, DriftEntry::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("macros/dv/dv_expression_is_true.sql", DriftEntry.Kind.MISSING),
                org.assertj.core.groups.Tuple.tuple("models/integration/hubs/h_provider.sql", DriftEntry.Kind.EDITED),
                org.assertj.core.groups.Tuple.tuple("models/integration/satellites/s_provider_profile_provider_registry.sql",
                        DriftEntry.Kind.STALE),
                org.assertj.core.groups.Tuple.tuple("models/integration/satellites/s_provider_profile_provider_registry.yml",
                        DriftEntry.Kind.STALE),
                org.assertj.core.groups.Tuple.tuple("models/staging/provider_registry/providers.source.yml",
                        DriftEntry.Kind.STALE),
                org.assertj.core.groups.Tuple.tuple("models/staging/provider_registry/stg_provider_provider_registry.sql",
                        DriftEntry.Kind.STALE),
                org.assertj.core.groups.Tuple.tuple("models/staging/provider_registry/stg_provider_provider_registry.yml",
                        DriftEntry.Kind.STALE));
        assertThat(result.drift()).filteredOn(d -> d.kind() != DriftEntry.Kind.EDITED)
                .allSatisfy(d -> assertThat(d.detail()).contains("run mvn dv:generate"));
        assertThat(result.failingDrift()).hasSize(6);
        assertThat(result.failed()).isTrue();
        assertThat(result.summary()).contains("drift: 5 stale, 1 edited, 1 missing");
        assertThat(logged).anyMatch(line -> line.startsWith(
                "WARN models/integration/hubs/h_provider.sql: generated file edited by hand"));
        assertThat(hub).content().endsWith("-- edited\n"); // verify never writes project files
    }

    @Test
    void aHandCopyOfAGeneratedHubIsCountedLintedAndReportedWithWhatToDo() throws Exception {
        VerifyRequest request = request();
        generate(request);
        Path hub = project.resolve("models/integration/hubs/h_provider.sql");
        Path copy = hub.resolveSibling("h_member_copy.sql");
        Files.copy(hub, copy);

        VerifyResult result = new DvVerifier().verify(request, log);

        // counted: the three generated models and the copy
        assertThat(result.rules().models()).extracting(m -> m.path())
                .contains("models/integration/hubs/h_member_copy.sql").hasSize(4);
        assertThat(result.summary()).startsWith("dv:verify: 4 models, ");
        // linted: the copy's hash key and business key do not belong to a hub named h_member_copy
        assertThat(result.rules().findings()).filteredOn(f -> f.diagnostic().location().file()
                .equals("models/integration/hubs/h_member_copy.sql")).isNotEmpty();
        // reported: what it is and what to do
        assertThat(result.drift()).filteredOn(d -> d.path().equals("models/integration/hubs/h_member_copy.sql"))
                .singleElement().satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(DriftEntry.Kind.EDITED);
                    assertThat(d.detail()).contains("never recorded it").contains("Give it a name of its own")
                            .doesNotContain("dv.overwrite"); // overwriting would delete the copy
                });
        assertThat(logged).anyMatch(line -> line.contains("models/integration/hubs/h_member_copy.sql"));
        assertThat(copy).hasSameTextualContentAs(hub); // verify never writes project files
    }

    @Test
    void editedFileFailsOnlyWithFailOnWarning() throws Exception {
        VerifyRequest request = request();
        generate(request);
        Path hub = project.resolve("models/integration/hubs/h_provider.sql");
        Files.writeString(hub, Files.readString(hub) + "\n-- edited\n");

        assertThat(new DvVerifier().verify(request, log).failed()).isFalse();
        VerifyResult strict = new DvVerifier().verify(
                request.withRules(RuleSettings.defaults().withFailOnWarning(true)), log);
        assertThat(strict.failed()).isTrue();
        assertThat(strict.failingDrift()).extracting(DriftEntry::kind).containsExactly(DriftEntry.Kind.EDITED);
    }

    @Test
    void specErrorsStopBeforeAnythingElse() throws Exception {
        VerifyRequest request = request();
        Files.writeString(project.resolve("specs/provider.yml"), SPEC.replace("key_field: prov_id", ""));

        assertThatThrownBy(() -> new DvVerifier().verify(request, log)).isInstanceOf(SpecErrorsException.class);
        assertThat(project.resolve("target/dv/verify-report.md")).doesNotExist();
    }

    @Test
    void unknownRuleIdsAreRejectedUpFront() throws Exception {
        VerifyRequest request = request().withRules(RuleSettings.defaults().withSkipped(Set.of("DV999")));

        assertThatThrownBy(() -> new DvVerifier().verify(request, log))
                .isInstanceOf(InvalidRuleConfigurationException.class).hasMessageContaining("DV999");
    }
}
