package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed writes (reports, index) are compared with the old file by size and bytes, not by hash. */
class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void sameBytesLeaveTheFileUntouchedAndNoTemporaryFileBehind() throws Exception {
        Path target = temp.resolve("report.json");
        Files.writeString(target, "{\"a\": 1}\n", StandardCharsets.UTF_8);
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(target, before);

        boolean written = AtomicFiles.writeIfChanged(target, out -> out.write("{\"a\": 1}\n"));

        assertThat(written).isFalse();
        assertThat(Files.getLastModifiedTime(target)).isEqualTo(before);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }

    @Test
    void sameSizeButOtherBytesAndOtherSizeAreBothWritten() throws Exception {
        Path target = temp.resolve("generate.index");
        Files.writeString(target, "abc-é\n", StandardCharsets.UTF_8);

        assertThat(AtomicFiles.writeIfChanged(target, out -> out.write("abd-é\n"))).isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("abd-é\n");

        assertThat(AtomicFiles.writeIfChanged(target, out -> out.write("abd-é and more\n"))).isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("abd-é and more\n");

        Path missing = temp.resolve("new/report.md");
        assertThat(AtomicFiles.writeIfChanged(missing, out -> out.write("# Report\n"))).isTrue();
        assertThat(Files.readString(missing, StandardCharsets.UTF_8)).isEqualTo("# Report\n");
    }
}
