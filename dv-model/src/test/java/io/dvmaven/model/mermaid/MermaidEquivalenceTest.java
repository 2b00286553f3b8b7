package io.dvmaven.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's diagram, completed with directives, is the same design as the member example's YAML specs. */
class MermaidEquivalenceTest {

    @TempDir
    Path project;

    @Test
    void seedDiagramResolvesToTheSameVaultAsTheYamlExample() {
        DesignResult yaml = Designs.load(Designs.EXAMPLE);
        DesignResult diagram = Designs.load(Designs.RESOURCES.resolve("seed"));

        assertThat(Designs.formatted(diagram)).isEmpty();
        assertThat(diagram.specFiles()).containsExactly("specs/member.mmd");
        assertThat(Designs.design(diagram.vault())).isEqualTo(Designs.design(yaml.vault()));
        assertThat(diagram.vault().hubs()).extracting(h -> h.model() + ":" + h.entity().spec().file())
                .containsExactly("h_coverage:specs/member.mmd", "h_member:specs/member.mmd");
    }

    @Test
    void diagramCompletedByYamlSpecsInsteadOfDirectivesIsTheSameDesign() throws Exception {
        String diagram = java.nio.file.Files.readString(Designs.RESOURCES.resolve("seed/specs/member.mmd"))
                .lines().filter(line -> !line.contains("dv:source") && !line.contains("dv:related_key"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Designs.write(project, "specs/member.mmd", diagram);
        Designs.write(project, "specs/coverage.yml",
                java.nio.file.Files.readString(Designs.EXAMPLE.resolve("specs/coverage.yml")));
        Designs.write(project, "specs/member.yml", """
                entity:
                  name: member
                links:
                  - name: member_coverage
                    related_hub: coverage
                    relationship_type: many_to_many
                    sources: [legacy_facets, gemstone_facets]
                    related_keys:
                      legacy_facets: cmc_cspi_id
                      gemstone_facets: coverage_id
                source_mappings:
                  legacy_facets:
                    schema: legacy_facets_history
                    table: facets_member
                    key_field: cmc_meme_ck
                  gemstone_facets:
                    schema: gemstone_facets_history
                    table: gms_member
                    key_field: member_id
                """);
        DesignResult combined = Designs.load(project);

        assertThat(Designs.formatted(combined)).isEmpty();
        assertThat(Designs.design(combined.vault())).isEqualTo(Designs.design(Designs.load(Designs.EXAMPLE).vault()));
    }

    @Test
    void markdownBlockIsReadWithTheMarkdownFilesLineNumbers() {
        DesignResult markdown = Designs.load(Designs.RESOURCES.resolve("seed-md"));
        DesignResult yaml = Designs.load(Designs.EXAMPLE);

        assertThat(Designs.formatted(markdown)).isEmpty();
        assertThat(Designs.design(markdown.vault())).isEqualTo(Designs.design(yaml.vault()));
        // h_member is on line 26 of design.md (line 20 of member.mmd)
        assertThat(markdown.entities()).filteredOn(e -> e.name().value().equals("member"))
                .extracting(e -> e.hub().location().toString()).containsExactly("specs/design.md:26:5");
    }
}
