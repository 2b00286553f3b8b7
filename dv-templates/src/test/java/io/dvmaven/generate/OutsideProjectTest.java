package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.DvLog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class OutsideProjectTest {

    @TempDir
    Path temp;

    @Test
    void aSymbolicLinkInTheModelsFolderLeadingOutsideTheProjectIsNeverWrittenThrough() throws Exception {
        Path project = temp.resolve("p");
        MemberSpec.write(project);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(project.resolve("models"));
        Files.createSymbolicLink(project.resolve("models/integration"), outside);

        assertThatThrownBy(() -> new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent()))
                .hasMessageContaining("leads outside the project");
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        assertThat(project.resolve("models/integration")).isSymbolicLink();
    }
}
