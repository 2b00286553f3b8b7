package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.report.DocCoverage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documentation coverage per model with an optional minimum, and business rules still to complete. */
class CompletenessGatesTest {

    private static final String SPEC = """
            entity:
              name: provider
            hub:
              business_key: [provider_id]
              sources: [provider_registry]
            satellites:
              - name: profile
                attributes:
                  - name: provider_name
                    description: "Name the provider practises under"
                  - specialty
                sources: [provider_registry]
            source_mappings:
              provider_registry:
                schema: registry
                table: providers
                key_field: prov_id
            business_rules:
              - name: licensed
                description: "Every provider holds a licence"
            """;

    private static final String RULE_TEST = "tests/business_rules/provider_licensed.sql";

    @TempDir
    Path project;

    private VerifyRequest generated() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/provider.yml"), SPEC, StandardCharsets.UTF_8);
        VerifyRequest request = VerifyRequest.defaults(project);
        new DvGenerator().generate(request.generation(), DvLog.silent());
        return request;
    }

    @Test
    void coverageIsReportedPerModelWithTheColumnsNobodyDescribed() throws Exception {
        VerifyResult result = new DvVerifier().verify(generated(), DvLog.silent());

        DocCoverage coverage = result.outcome().coverage();
        assertThat(coverage.models()).filteredOn(m -> m.model().equals("s_provider_profile_provider_registry"))
                .singleElement().satisfies(m -> assertThat(m.missing()).containsExactly("specialty"));
        assertThat(coverage.models()).filteredOn(m -> m.model().equals("stg_provider_provider_registry"))
                .singleElement().satisfies(m -> assertThat(m.missing()).containsExactly("specialty"));
        assertThat(coverage.models()).filteredOn(m -> m.model().equals("h_provider"))
                .singleElement().satisfies(m -> assertThat(m.missing()).isEmpty());
        assertThat(coverage.percent()).isBetween(1, 99);
        assertThat(result.failed()).isFalse(); // no minimum asked for
        String report = Files.readString(project.resolve("target/dv/verify-report.md"));
        assertThat(report).contains("## Documentation coverage",
                "| `s_provider_profile_provider_registry` | 5/6 (83%) | specialty |");
    }

    @Test
    void aMinimumAboveTheCoverageFailsVerifyAndOneBelowPasses() throws Exception {
        VerifyRequest request = generated();
        int percent = new DvVerifier().verify(request, DvLog.silent()).outcome().coverage().percent();

        VerifyResult below = new DvVerifier().verify(request.withCompleteness(percent + 1, false), DvLog.silent());
        assertThat(below.failed()).isTrue();
        assertThat(below.failingFindings()).isEmpty();
        assertThat(below.failingDrift()).isEmpty();
        assertThat(new DvVerifier().verify(request.withCompleteness(percent, false), DvLog.silent()).failed())
                .isFalse();
    }

    @Test
    void businessRulesStillToCompleteAreListedAndFailOnlyWhenAsked() throws Exception {
        VerifyRequest request = generated();

        VerifyResult listed = new DvVerifier().verify(request, DvLog.silent());
        assertThat(listed.outcome().todo().paths()).containsExactly(RULE_TEST);
        assertThat(listed.failed()).isFalse();
        assertThat(Files.readString(project.resolve("target/dv/verify-report.md")))
                .contains("## Business rules to complete", "- `" + RULE_TEST + "`");

        assertThat(new DvVerifier().verify(request.withCompleteness(0, true), DvLog.silent()).failed()).isTrue();

        Path test = project.resolve(RULE_TEST);
        Files.writeString(test, Files.readString(test).replace("config(enabled=false, ", "config("));
        VerifyResult done = new DvVerifier().verify(request.withCompleteness(0, true), DvLog.silent());
        assertThat(done.outcome().todo().paths()).isEmpty();
        assertThat(done.failed()).isFalse();
        assertThat(done.drift()).isEmpty(); // the completed test is the person's: no drift, no conflict
    }
}
