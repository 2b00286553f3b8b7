package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real loader and renderer on the member example: first run, no-op rerun, a spec change with stale files. */
class DvGeneratorMemberExampleTest {

    private static final Path EXAMPLE_SPECS = Path.of("..", "examples", "member", "specs");

    @TempDir
    Path project;

    private final CapturingLog log = new CapturingLog();

    @BeforeEach
    void copyExample() throws Exception {
        Files.createDirectories(project.resolve("specs"));
        for (String spec : new String[] {"member.yml", "coverage.yml"}) {
            Files.copy(EXAMPLE_SPECS.resolve(spec), project.resolve("specs").resolve(spec),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void generatesOnceThenIsANoOp() throws Exception {
        GenerateRequest request = GenerateRequest.defaults(project);

        GenerateResult first = new DvGenerator().generate(request, log);
        int files = first.plan().generatedFiles().size();
        GenerateResult second = new DvGenerator().generate(request, log);

        assertThat(first.summary()).isEqualTo(files + " files for 2 entities: " + files + " written, 0 unchanged, "
                + "0 removed");
        assertThat(first.written()).contains("models/integration/hubs/h_member.sql",
                "models/integration/links/l_member_coverage.sql",
                "models/integration/satellites/s_member_demographics_legacy_facets.sql",
                "models/staging/gemstone_facets/stg_member_gemstone_facets.sql");
        assertThat(second.summary()).isEqualTo(files + " files for 2 entities: 0 written, " + files
                + " unchanged, 0 removed");
        assertThat(new DvGenerator().plan(request).isUpToDate()).isTrue();
        assertThat(Files.readString(project.resolve("target/dv/generation-report.json")))
                .contains("\"name\": \"coverage\"", "\"name\": \"member\"");
    }

    @Test
    void removingASatelliteFromTheSpecRemovesItsFilesOnly() throws Exception {
        GenerateRequest request = GenerateRequest.defaults(project);
        new DvGenerator().generate(request, log);
        Path member = project.resolve("specs/member.yml");
        String spec = Files.readString(member);
        int start = spec.indexOf("  - name: address");
        int end = spec.indexOf("links:");
        Files.writeString(member, spec.substring(0, start) + spec.substring(end));

        GenerationPlan plan = new DvGenerator().plan(request);
        assertThat(plan.files().stream().filter(f -> f.action() == FileAction.REMOVE_STALE).map(PlannedFile::path))
                .containsExactly("models/integration/satellites/s_member_address_gemstone_facets.sql",
                        "models/integration/satellites/s_member_address_gemstone_facets.yml",
                        "models/integration/satellites/s_member_address_legacy_facets.sql",
                        "models/integration/satellites/s_member_address_legacy_facets.yml");
        GenerateResult result = new DvGenerator().generate(request, log);

        assertThat(result.removed()).hasSize(4);
        assertThat(project.resolve("models/integration/satellites/s_member_address_legacy_facets.sql"))
                .doesNotExist();
        assertThat(project.resolve("models/integration/satellites/s_member_demographics_legacy_facets.sql"))
                .exists();
        assertThat(new DvGenerator().plan(request).isUpToDate()).isTrue();
    }
}
