package io.dvmaven.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.SpecCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load through the spec cache gives what a load without it gives, and the cache never outlives its inputs. */
class SpecCacheTest {

    @TempDir
    Path project;

    private Path cacheFile() {
        return project.resolve("target/dv").resolve(SpecCache.DIRECTORY_NAME);
    }

    private DesignResult load(SpecCache cache) {
        return DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults(), 1, cache);
    }

    private DesignResult loadCached(String key) throws Exception {
        SpecCache cache = SpecCache.open(cacheFile(), key);
        DesignResult result = load(cache);
        cache.save();
        return result;
    }

    private void assertSameAsUncached(DesignResult cached) {
        DesignResult full = load(SpecCache.none());
        assertThat(cached.diagnostics()).isEqualTo(full.diagnostics());
        assertThat(cached.entities()).isEqualTo(full.entities());
        assertThat(cached.decisions()).isEqualTo(full.decisions());
        assertThat(cached.vault()).isEqualTo(full.vault());
    }

    private void writeThree() {
        new SpecFixture(project).write("specs/member.yml", SpecFixture.MEMBER)
                .write("specs/coverage.yml", SpecFixture.COVERAGE)
                .write("specs/plan.yml", SpecFixture.COVERAGE.replace("coverage", "plan"));
    }

    @Test
    void aSecondLoadParsesOnlyTheChangedSpecAndGivesTheSameResult() throws Exception {
        writeThree();
        loadCached("k");
        new SpecFixture(project).write("specs/plan.yml", SpecFixture.COVERAGE.replace("coverage", "plan")
                .replace("table: plan", "table: plan_v2"));

        SpecCache cache = SpecCache.open(cacheFile(), "k");
        DesignResult cached = load(cache);

        assertThat(cache.hits()).isEqualTo(2);
        assertSameAsUncached(cached);
    }

    @Test
    void aCrossSpecErrorOfTheChangedSpecIsReportedAtItsLocationWithTheOthersFromTheCache() throws Exception {
        writeThree();
        loadCached("k");
        // plan now claims the entity name coverage already has
        new SpecFixture(project).write("specs/plan.yml", SpecFixture.COVERAGE.replace("table: coverage",
                "table: plan"));

        SpecCache cache = SpecCache.open(cacheFile(), "k");
        DesignResult cached = load(cache);

        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cached.diagnostics()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo("spec.duplicate-name");
            assertThat(d.location()).isEqualTo(new SourceLocation("specs/plan.yml", 2, 9));
        });
        assertSameAsUncached(cached);
    }

    @Test
    void anotherKeyStartsEmptyAndTheNextSaveRecordsIt() throws Exception {
        writeThree();
        loadCached("plugin 1.0, naming A");

        SpecCache otherPlugin = SpecCache.open(cacheFile(), "plugin 1.1, naming A");
        load(otherPlugin);
        assertThat(otherPlugin.hits()).isZero();
        SpecCache otherConfiguration = SpecCache.open(cacheFile(), "plugin 1.0, naming B");
        load(otherConfiguration);
        assertThat(otherConfiguration.hits()).isZero();
        otherConfiguration.save();
        SpecCache reopened = SpecCache.open(cacheFile(), "plugin 1.0, naming B");
        load(reopened);
        assertThat(reopened.hits()).isEqualTo(3);
    }

    @Test
    void aCorruptOrTruncatedCacheIsAFullParse() throws Exception {
        writeThree();
        loadCached("k");
        List<Path> shards;
        try (Stream<Path> listed = Files.list(cacheFile())) {
            shards = listed.sorted().toList();
        }
        assertThat(shards).isNotEmpty();
        Random random = new Random(5);
        for (int round = 0; round < 20; round++) {
            for (Path shard : shards) {
                byte[] bad = Files.readAllBytes(shard);
                if (round % 2 == 0) {
                    bad = Arrays.copyOf(bad, random.nextInt(bad.length));
                } else {
                    for (int flips = 0; flips < 8; flips++) {
                        bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                Files.write(shard, bad);
            }
            SpecCache cache = SpecCache.open(cacheFile(), "k");
            assertSameAsUncached(load(cache));
            assertThat(cache.hits()).isZero();
            cache.save();
        }
        for (Path shard : shards) {
            Files.writeString(shard, "not a cache");
        }
        SpecCache cache = SpecCache.open(cacheFile(), "k");
        DesignResult result = load(cache);
        assertThat(cache.hits()).isZero();
        assertSameAsUncached(result);
    }

    @Test
    void aDeletedOrRenamedSpecLeavesNothingBehind() throws Exception {
        writeThree();
        loadCached("k");
        Files.move(project.resolve("specs/plan.yml"), project.resolve("specs/renamed_plan.yml"));
        Files.delete(project.resolve("specs/coverage.yml"));

        SpecCache cache = SpecCache.open(cacheFile(), "k");
        DesignResult cached = load(cache);
        cache.save();

        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cached.entities()).extracting(EntitySpec -> EntitySpec.specFile())
                .containsExactly("specs/member.yml", "specs/renamed_plan.yml");
        assertSameAsUncached(cached);
        SpecCache next = SpecCache.open(cacheFile(), "k");
        load(next);
        assertThat(next.hits()).isEqualTo(2);
    }

    /** Every kind's spec records survive the cache: the kind scenarios and examples load alike through it. */
    @Test
    void theSpecsOfEveryKindComeBackFromTheCacheAsParsed() throws Exception {
        List<Path> specDirectories = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("../dv-maven-plugin/src/test/resources/kind-scenarios"),
                Path.of("../examples"))) {
            try (Stream<Path> listed = Files.list(root)) {
                listed.map(dir -> dir.resolve("specs")).filter(Files::isDirectory).sorted()
                        .forEach(specDirectories::add);
            }
        }
        assertThat(specDirectories).hasSizeGreaterThan(10);
        for (Path specs : specDirectories) {
            Path dir = specs.toAbsolutePath().normalize();
            Path cache = project.resolve(dir.getParent().getFileName().toString());
            SpecCache first = SpecCache.open(cache, "k");
            DesignResult parsed = DesignLoader.load(dir.getParent(), dir, NamingConventions.defaults(), 1, first);
            first.save();
            SpecCache second = SpecCache.open(cache, "k");
            DesignResult cached = DesignLoader.load(dir.getParent(), dir, NamingConventions.defaults(), 1, second);

            long yamlAndJson = parsed.specFiles().stream()
                    .filter(f -> !f.endsWith(".mmd") && !f.endsWith(".md")).count();
            assertThat(second.hits()).as(dir.toString()).isEqualTo((int) yamlAndJson);
            assertThat(cached.entities()).as(dir.toString()).isEqualTo(parsed.entities());
            assertThat(cached.diagnostics()).as(dir.toString()).isEqualTo(parsed.diagnostics());
            assertThat(cached.vault()).as(dir.toString()).isEqualTo(parsed.vault());
        }
    }
}
