package io.dvmaven.model.parse.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedPathsTest {

    @TempDir
    Path project;

    @Test
    void anEntityNameTooLongForAFileNameIsASpecErrorAtTheName() throws Exception {
        String name = "m".repeat(250);
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("member.yml"), """
                entity:
                  name: %s
                hub:
                  business_key: [member_id]
                  sources: [crm]
                source_mappings:
                  crm:
                    schema: raw
                    table: members
                    key_field: id
                """.formatted(name));

        DesignResult result = DesignLoader.load(project, specs, NamingConventions.defaults());

        assertThat(result.vault()).isNull();
        assertThat(result.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("spec.file-name-too-long");
            assertThat(d.location().file()).isEqualTo("specs/member.yml");
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.location().column()).isEqualTo(9);
            assertThat(d.fix()).contains("shorten");
        });
    }
}
