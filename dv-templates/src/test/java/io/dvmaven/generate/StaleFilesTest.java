package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.DvLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleFilesTest {

    @TempDir
    Path project;

    @Test
    void aHandCopyOfAGeneratedModelIsNeverRemovedAndIsReportedWithWhatToDo() throws Exception {
        MemberSpec.write(project);
        new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
        Path hub;
        try (Stream<Path> files = Files.walk(project.resolve("models"))) {
            hub = files.filter(p -> p.getFileName().toString().startsWith("h")
                    && p.getFileName().toString().endsWith("member.sql")).findFirst().orElseThrow();
        }
        Path copy = hub.resolveSibling("hub_member_copy.sql");
        Files.copy(hub, copy);

        assertThatThrownBy(() -> new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent()))
                .isInstanceOf(FileConflictException.class).hasMessageContaining("hub_member_copy.sql")
                .hasMessageContaining("never recorded it");
        assertThat(copy).exists().hasSameTextualContentAs(hub);
        GenerationPlan plan = new DvGenerator().plan(GenerateRequest.defaults(project));
        assertThat(plan.files()).filteredOn(f -> f.path().endsWith("hub_member_copy.sql")).singleElement()
                .satisfies(f -> {
                    assertThat(f.action()).isEqualTo(FileAction.EDITED_CONFLICT);
                    assertThat(f.detail()).isEqualTo(StaleFiles.UNKNOWN_COPY);
                });
    }
}
