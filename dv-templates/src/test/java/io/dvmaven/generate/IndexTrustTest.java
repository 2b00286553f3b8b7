package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the index trusts: an owned file or a spec whose size and modification time are as recorded is not read.
 * Bytes swapped behind an unchanged size and time therefore go unnoticed by generate (dv:verify's drift check
 * reads every file); any other change is seen.
 */
class IndexTrustTest {

    @TempDir
    Path temp;

    private static GenerateResult generate(Path project) throws Exception {
        return IncrementalGenerationTest.generate(new DvGenerator(), project);
    }

    /** Replaces the file's bytes by others of the same length and puts its modification time back. */
    private static void swapKeepingSizeAndTime(Path file, String from, String to) throws Exception {
        FileTime time = Files.getLastModifiedTime(file);
        String text = Files.readString(file);
        assertThat(from).hasSameSizeAs(to);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, time);
    }

    @Test
    void noChangeRunDecidesFromSizesAndTimesWithoutReadingOwnedFiles() throws Exception {
        Path project = temp.resolve("p");
        IncrementalGenerationTest.design(4, new Random(5)).write(project.resolve("specs"));
        generate(project);
        Path hub = project.resolve("models/integration/hubs/h_ent_0.sql");

        swapKeepingSizeAndTime(hub, "ent_0", "ENT_0");
        GenerateResult trusted = generate(project);

        assertThat(trusted.rendered()).isZero();
        assertThat(trusted.written()).isEmpty();
        assertThat(Files.readString(hub)).contains("ENT_0"); // not read, so not noticed

        Files.setLastModifiedTime(hub, FileTime.from(Instant.now()));
        assertThatThrownBy(() -> generate(project)).isInstanceOf(FileConflictException.class)
                .hasMessageContaining("h_ent_0.sql");
    }

    @Test
    void aFileToUpdateThatIsAsIndexedIsReplacedWithoutBeingRead() throws Exception {
        Path project = temp.resolve("p");
        IncrementalGenerationTest.Design design = IncrementalGenerationTest.design(4, new Random(5));
        design.write(project.resolve("specs"));
        generate(project);
        Path satellite = project.resolve("models/integration/satellites/s_ent_1_main_src_a.sql");
        swapKeepingSizeAndTime(satellite, "ent_1", "ENT_1");

        design.revisions.put(1, 1);
        design.write(project.resolve("specs"));
        GenerateResult updated = generate(project);

        assertThat(updated.written()).contains("models/integration/satellites/s_ent_1_main_src_a.sql");
        assertThat(Files.readString(satellite)).doesNotContain("ENT_1").contains("extra_0");
    }

    @Test
    void aSpecIsTrustedBySizeAndTimeOnlyWhenItIsClearlyOlderThanTheIndex() throws Exception {
        Path project = temp.resolve("p");
        IncrementalGenerationTest.design(3, new Random(7)).write(project.resolve("specs"));
        Path spec = project.resolve("specs/ent_2.yml");
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(spec, anHourAgo);
        generate(project);

        // changed in the same clock tick as the last run wrote the index (on a coarse file system the time would
        // not move): hashed again, the change is seen
        swapKeepingSizeAndTime(project.resolve("specs/ent_1.yml"), "revision 0", "revision 8");
        GenerateResult racy = generate(project);
        assertThat(racy.written()).anySatisfy(path -> assertThat(path).contains("ent_1"));

        // an old spec's bytes changed behind its recorded size and time: trusted, not read
        swapKeepingSizeAndTime(spec, "revision 0", "revision 9");
        GenerateResult trusted = generate(project);
        assertThat(trusted.rendered()).isZero();
        assertThat(trusted.written()).isEmpty();
    }
}
