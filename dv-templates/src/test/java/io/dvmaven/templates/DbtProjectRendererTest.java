package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DbtProjectRendererTest {

    private static List<RenderedFile> render(RenderOptions options) throws TemplateException {
        return new DbtProjectRenderer(options).render(SampleVaults.memberCoverage());
    }

    @Test
    void filesAreSortedDeterministicLfAndEndWithOneNewline() throws Exception {
        RenderOptions options = new RenderOptions("1.0", null, null, false);
        List<RenderedFile> first = render(options);
        List<RenderedFile> second = render(options);

        assertThat(first).isEqualTo(second);
        assertThat(first).extracting(RenderedFile::path).isSorted();
        assertThat(first).allSatisfy(f -> {
            assertThat(f.content()).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
            if (f.path().startsWith("tests/business_rules/")) {
                // written once for a person to complete: no generated header, nothing to protect
                assertThat(GeneratedHeader.parse(f.content())).isEmpty();
            } else {
                assertThat(GeneratedHeader.parse(f.content()))
                        .hasValueSatisfying(h -> assertThat(h.isEdited()).isFalse());
            }
        });
    }

    @Test
    void shimsOnlyWhenAsked() throws Exception {
        assertThat(render(new RenderOptions("1.0", null, null, false))).extracting(RenderedFile::path)
                .doesNotContain("macros/dv/automate_dv_duckdb_shims.sql")
                .contains("macros/dv/dv_unique_combination_of_columns.sql", "macros/dv/dv_expression_is_true.sql");
        assertThat(render(new RenderOptions("1.0", null, null, true))).extracting(RenderedFile::path)
                .contains("macros/dv/automate_dv_duckdb_shims.sql");
    }

    @Test
    void kindsEntitiesAndSpecsAreReported() throws Exception {
        RenderedFile hub = render(new RenderOptions("1.0", null, null, false)).stream()
                .filter(f -> f.path().equals("models/integration/hubs/h_coverage.sql")).findFirst().orElseThrow();

        assertThat(hub.kind()).isEqualTo("hub");
        assertThat(hub.entities()).containsExactly("coverage");
        assertThat(hub.specs()).containsExactly(SampleVaults.COVERAGE_SPEC, SampleVaults.MEMBER_SPEC);
    }

    @Test
    void timestampAppearsOnlyWhenRequested() throws Exception {
        assertThat(render(new RenderOptions("1.0", null, null, false)))
                .noneMatch(f -> f.content().contains("generated at:"));
        assertThat(render(new RenderOptions("1.0", null, Instant.parse("2025-01-02T03:04:05Z"), false)))
                .filteredOn(f -> !f.path().startsWith("tests/business_rules/")) // the person's files: no header
                .allMatch(f -> f.content().contains("generated at: 2025-01-02T03:04:05Z\n"));
    }

    @Test
    void satellitesHaveNoUniqueKeyAndRuleTemplatesAreDisabled() throws Exception {
        List<RenderedFile> files = render(new RenderOptions("1.0", null, null, false));

        assertThat(files).filteredOn(f -> f.kind().equals("satellite"))
                .allSatisfy(f -> assertThat(f.content()).doesNotContain("unique_key"));
        assertThat(files).filteredOn(f -> f.kind().equals("test")).singleElement()
                .satisfies(f -> assertThat(f.content()).contains("TODO", "enabled=false", "ref('h_member')"));
    }

    @Test
    void brokenUserTemplateFailsWithTheTemplateName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("link.sql.mustache"), "{{=<% %>=}}<% hashKey %> <% linkColour %>");

        assertThatThrownBy(() -> render(new RenderOptions("1.0", dir, null, false)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("template link.sql.mustache uses variable 'linkColour'");
    }
}
