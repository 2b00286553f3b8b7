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
