package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativeTest {

    @TempDir
    Path specs;

    @Test
    void findsMarkedMarkdownAndTextFilesOnly() throws IOException {
        Files.writeString(specs.resolve("member.md"), "\n<!-- dv:narrative -->\n# Member\nA member is ...\n");
        Files.writeString(specs.resolve("claim.txt"), "---\ndv: narrative\ntitle: Claims\n---\nA claim is ...\n");
        Files.writeString(specs.resolve("design.md"), "# Design\n```mermaid\nerDiagram\n```\n");
        Files.writeString(specs.resolve("notes.txt"), "todo: dv: narrative is mentioned here only\n");
        Files.writeString(specs.resolve("member.yml"), "# <!-- dv:narrative -->\n");

        assertThat(Narrative.find(specs)).containsExactly(specs.resolve("claim.txt"), specs.resolve("member.md"));
    }

    @Test
    void theMarkerIsNotPartOfTheText() throws IOException {
        Files.writeString(specs.resolve("member.md"), "<!-- dv:narrative -->\n# Member\nA member is ...\n");
        Files.writeString(specs.resolve("claim.txt"), "---\ndv: narrative\n---\n\nA claim is ...\n");

        assertThat(Narrative.read(specs.resolve("member.md"), "specs/member.md").text())
                .isEqualTo("# Member\nA member is ...\n");
        assertThat(Narrative.read(specs.resolve("claim.txt"), "specs/claim.txt").text()).isEqualTo("A claim is ...\n");
    }
}
