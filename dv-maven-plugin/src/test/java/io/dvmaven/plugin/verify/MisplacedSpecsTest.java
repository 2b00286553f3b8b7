package io.dvmaven.plugin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MisplacedSpecsTest {

    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void specLikeFilesOutsideTheSpecsFolderAreFoundWithTheirPath() throws Exception {
        write("specs/member.yml", "entity:\n  name: member\nhub:\n  business_key: [member_id]\n");
        write("member_draft.yml", "entity:\n  name: member\nsatellites: []\n");
        write("design/claim.json", "{\"entity\": {\"name\": \"claim\"}, \"link\": {}}");
        write("design/vault.mmd", "erDiagram\n  MEMBER ||--o{ CLAIM : files\n");
        write("models/schema.yml", "version: 2\nmodels:\n  - name: h_member\n");
        write("dbt_project.yml", "name: x\nprofile: x\n");
        write("target/dv/copy.yml", "entity:\n  name: member\nhub: {}\n");
        write("dbt_packages/p/spec.yml", "entity:\n  name: member\nhub: {}\n");

        assertThat(MisplacedSpecs.find(project, project.resolve("specs")))
                .containsExactly("design/claim.json", "design/vault.mmd", "member_draft.yml");
    }
}
