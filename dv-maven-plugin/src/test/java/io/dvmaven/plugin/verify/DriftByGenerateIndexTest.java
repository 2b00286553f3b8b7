package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.report.DriftEntry;
import io.dvmaven.plugin.dbt.CapturingLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When dbt does not run, verify takes its drift from dv:generate's index if that says nothing changed since every
 * file was written, without rendering; any change to a spec or a generated file still makes it render and compare.
 */
class DriftByGenerateIndexTest {

    private static final String SPEC = """
            entity:
              name: provider
            hub:
              business_key: [provider_id]
              sources: [provider_registry]
            satellites:
              - name: profile
                attributes: [provider_name]
                sources: [provider_registry]
            source_mappings:
              provider_registry: {schema: registry, table: providers, key_field: prov_id}
            business_rules:
              - name: licensed
                description: "Every provider holds a licence"
            """;

    @TempDir
    Path project;

    private VerifyRequest generated() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/provider.yml"), SPEC, StandardCharsets.UTF_8);
        VerifyRequest request = VerifyRequest.defaults(project);
        new DvGenerator().generate(request.generation(), DvLog.silent());
        return request;
    }

    private static String timing(CapturingLog log) {
        return log.lines().stream().filter(line -> line.startsWith("INFO dv:verify timing: ")).findFirst()
                .orElseThrow();
    }

    @Test
    void nothingChangedSinceGenerateIsReadFromTheIndexWithTheRulesStillToComplete() throws Exception {
        VerifyRequest request = generated();
        CapturingLog log = new CapturingLog();

        VerifyResult result = new DvVerifier().verify(request, log);

        assertThat(timing(log)).contains("drift by the generate index").doesNotContain("specs and drift");
        assertThat(result.drift()).isEmpty();
        assertThat(result.failed()).isFalse();
        assertThat(result.outcome().todo().paths()).containsExactly("tests/business_rules/provider_licensed.sql");
        assertThat(result.summary()).contains("drift: none");
    }

    @Test
    void aHandEditedGeneratedFileIsRenderedAndReported() throws Exception {
        VerifyRequest request = generated();
        Path hub = project.resolve("models/integration/hubs/h_provider.sql");
        Files.writeString(hub, Files.readString(hub) + "-- tuned by hand\n");
        CapturingLog log = new CapturingLog();

        VerifyResult result = new DvVerifier().verify(request, log);

        assertThat(timing(log)).contains("specs and drift");
        assertThat(result.drift()).extracting(DriftEntry::path, DriftEntry::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("models/integration/hubs/h_provider.sql",
                        DriftEntry.Kind.EDITED));
    }

    @Test
    void aSpecEditedWithoutGeneratingMakesTheGeneratedFilesStale() throws Exception {
        VerifyRequest request = generated();
        Path spec = project.resolve("specs/provider.yml");
        // an edit that changes generated files but no stored hash (a new hashdiff column would need a rehash)
        Files.writeString(spec, Files.readString(spec).replace("  name: provider\n",
                "  name: provider\n  description: \"A licensed care provider\"\n"));
        CapturingLog log = new CapturingLog();

        VerifyResult result = new DvVerifier().verify(request, log);

        assertThat(timing(log)).contains("specs and drift");
        assertThat(result.drift()).isNotEmpty().allSatisfy(entry -> assertThat(entry.kind())
                .isEqualTo(DriftEntry.Kind.STALE));
        assertThat(result.failed()).isTrue();
    }
}
