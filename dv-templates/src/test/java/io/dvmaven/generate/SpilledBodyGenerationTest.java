package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies streamed to temporary files (a large design) give the same bytes and the same safety as held ones. */
class SpilledBodyGenerationTest {

    @TempDir
    Path temp;

    @AfterEach
    void resetLimit() {
        DvGenerator.spillLimitOverride = 0;
    }

    private static Map<String, String> tree(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String root : DvGenerator.OWNED_ROOTS) {
            Path dir = project.resolve(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(project.relativize(file).toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    private static GenerateResult generate(DvGenerator generator, Path project) throws Exception {
        return IncrementalGenerationTest.generate(generator, project);
    }

    @Test
    void spilledFilesAreByteIdenticalToHeldOnesAcrossFullAndIncrementalRuns() throws Exception {
        IncrementalGenerationTest.Design design = IncrementalGenerationTest.design(12, new Random(3));
        Path held = temp.resolve("held");
        Path spilled = temp.resolve("spilled");
        design.write(held.resolve("specs"));
        design.write(spilled.resolve("specs"));

        generate(new DvGenerator().withIncremental(false), held);
        DvGenerator.spillLimitOverride = 100;
        generate(new DvGenerator(), spilled);
        assertThat(tree(spilled)).isEqualTo(tree(held));

        design.revisions.put(4, 1);
        design.write(held.resolve("specs"));
        design.write(spilled.resolve("specs"));
        DvGenerator.spillLimitOverride = 0;
        generate(new DvGenerator().withIncremental(false), held);
        DvGenerator.spillLimitOverride = 100;
        GenerateResult second = generate(new DvGenerator(), spilled);
        assertThat(second.written()).isNotEmpty();
        assertThat(tree(spilled)).isEqualTo(tree(held));
        assertThat(generate(new DvGenerator().withIncremental(false), spilled).written()).isEmpty();
    }

    @Test
    void aHandEditedSpilledFileStopsTheRunBeforeAnyWrite() throws Exception {
        IncrementalGenerationTest.Design design = IncrementalGenerationTest.design(8, new Random(5));
        Path project = temp.resolve("p");
        design.write(project.resolve("specs"));
        DvGenerator.spillLimitOverride = 100;
        generate(new DvGenerator(), project);
        Map<String, String> before = tree(project);
        String schema = before.keySet().stream().filter(p -> p.endsWith(".source.yml")).findFirst().orElseThrow();
        Files.writeString(project.resolve(schema), before.get(schema) + "# edited\n");
        design.revisions.put(2, 1);
        design.write(project.resolve("specs"));
        Map<String, String> edited = tree(project);

        assertThatThrownBy(() -> generate(new DvGenerator(), project)).isInstanceOf(FileConflictException.class);
        assertThat(tree(project)).isEqualTo(edited);
    }
}
