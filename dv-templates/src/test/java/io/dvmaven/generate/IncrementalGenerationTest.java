package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DvLog;
import io.dvmaven.model.hashimpact.HashLedger;
import io.dvmaven.model.parse.SpecCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index makes reruns cheap without changing a byte of what a full run writes. */
class IncrementalGenerationTest {

    @TempDir
    Path temp;

    /** A small design: entity i links to the entities given; revision changes the first satellite's attributes. */
    static String spec(int index, int revision, List<Integer> links, boolean composite) {
        String name = "ent_" + index;
        StringBuilder y = new StringBuilder();
        y.append("entity:\n  name: ").append(name).append("\n  description: \"Entity ").append(index)
                .append(" revision ").append(revision).append("\"\n");
        y.append("hub:\n  business_key: [").append(composite ? "code, region" : "code").append("]\n");
        y.append("  sources: [src_a, src_b]\n");
        y.append("satellites:\n");
        y.append("  - name: main\n    attributes: [a1");
        for (int a = 0; a < revision % 4; a++) {
            y.append(", extra_").append(a);
        }
        y.append("]\n    sources: [src_a]\n");
        y.append("  - name: more\n    attributes: [b1, b2]\n    sources: [src_a, src_b]\n");
        if (!links.isEmpty()) {
            y.append("links:\n");
            for (int other : links) {
                y.append("  - name: l_").append(index).append("_").append(other).append("\n");
                y.append("    related_hub: ent_").append(other).append("\n");
                y.append("    sources: [src_b]\n");
                y.append("    related_keys:\n      src_b: {ent_").append(other).append(": ")
                        .append(COMPOSITE.test(other) ? "[r" + other + "_code, r" + other + "_region]"
                                : "r" + other + "_code").append("}\n");
            }
        }
        y.append("source_mappings:\n");
        for (String source : List.of("src_a", "src_b")) {
            y.append("  ").append(source).append(":\n    schema: raw_").append(source).append("\n    table: ")
                    .append(name).append("\n    key_field: ")
                    .append(composite ? "[" + name + "_code, " + name + "_region]" : name + "_code").append('\n');
        }
        if (revision % 3 == 2) {
            y.append("business_rules:\n  - name: a1_present\n    satellite: main\n    condition: \"a1 is not null\"\n");
        }
        return y.toString();
    }

    private static final java.util.function.IntPredicate COMPOSITE = i -> i % 5 == 3;

    /** Entities, their revisions and links, written as specs. */
    static final class Design {
        final Map<Integer, Integer> revisions = new TreeMap<>();
        final Map<Integer, List<Integer>> links = new TreeMap<>();

        void write(Path specs) throws IOException {
            Files.createDirectories(specs);
            try (Stream<Path> old = Files.list(specs)) {
                for (Path file : old.toList()) {
                    int index = Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
                    if (!revisions.containsKey(index)) {
                        Files.delete(file);
                    }
                }
            }
            for (Map.Entry<Integer, Integer> entity : revisions.entrySet()) {
                int index = entity.getKey();
                List<Integer> targets = links.getOrDefault(index, List.of()).stream()
                        .filter(revisions::containsKey).toList();
                String text = spec(index, entity.getValue(), targets, COMPOSITE.test(index));
                Path file = specs.resolve("ent_" + index + ".yml");
                if (!Files.exists(file) || !Files.readString(file).equals(text)) {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    static Design design(int entities, Random random) {
        Design design = new Design();
        for (int i = 0; i < entities; i++) {
            design.revisions.put(i, 0);
            List<Integer> targets = new ArrayList<>();
            for (int l = 0; l < 2 && entities > 1; l++) {
                int other = random.nextInt(entities);
                if (other != i && !targets.contains(other)) {
                    targets.add(other);
                }
            }
            design.links.put(i, targets);
        }
        return design;
    }

    /**
     * Generates; the specs change freely between runs here, so the hash ledger is dropped when a spec is newer
     * than it (the breaking-change gate has its own test, HashGovernanceTest).
     */
    static GenerateResult generate(DvGenerator generator, Path project) throws Exception {
        Path ledger = project.resolve(HashLedger.DIRECTORY);
        if (Files.isDirectory(ledger)) {
            List<Path> files = HashLedger.files(ledger);
            long written = files.stream().mapToLong(f -> f.toFile().lastModified()).min().orElse(Long.MAX_VALUE);
            try (Stream<Path> specs = Files.walk(project.resolve("specs"))) {
                if (specs.anyMatch(spec -> spec.toFile().lastModified() >= written)) {
                    for (Path file : files) {
                        Files.delete(file);
                    }
                }
            }
        }
        return generator.generate(GenerateRequest.defaults(project), DvLog.silent());
    }

    /** Every file under the owned folders, path to content. */
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

    /** Size, time and identity of every file in the project but the specs: what any write changes. */
    private static Map<String, String> stamps(Path project) throws IOException {
        Map<String, String> stamps = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.startsWith(project.resolve("specs")))
                    .toList()) {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                stamps.put(project.relativize(file).toString(), a.size() + "|" + a.lastModifiedTime() + "|"
                        + a.fileKey());
            }
        }
        return stamps;
    }

    @Test
    void secondRunWithNothingChangedRendersNothingAndWritesNoByte() throws Exception {
        Path project = temp.resolve("p");
        design(8, new Random(1)).write(project.resolve("specs"));
        GenerateResult first = generate(new DvGenerator(), project);
        assertThat(first.written()).isNotEmpty();
        assertThat(project.resolve("target/dv/generate.index")).isRegularFile();
        Map<String, String> before = stamps(project);

        GenerateResult second = generate(new DvGenerator(), project);

        assertThat(second.written()).isEmpty();
        assertThat(second.removed()).isEmpty();
        assertThat(second.rendered()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.plan().generatedFiles().size());
        assertThat(stamps(project)).isEqualTo(before);
    }

    @Test
    void oneChangedSpecRendersOnlyTheFilesThatDependOnIt() throws Exception {
        Path project = temp.resolve("p");
        Design design = new Design();
        for (int i = 0; i < 6; i++) {
            design.revisions.put(i, 0);
            design.links.put(i, List.of());
        }
        design.links.put(0, List.of(1)); // ent_0 -> ent_1; ent_4 is linked with nobody
        design.write(project.resolve("specs"));
        GenerateResult first = generate(new DvGenerator(), project);

        design.revisions.put(4, 1);
        design.write(project.resolve("specs"));
        GenerateResult second = generate(new DvGenerator(), project);

        // ent_4's models and the folder-wide files that list it; nothing of another entity
        List<String> rendered = renderedPaths(first, second);
        assertThat(rendered).isNotEmpty().allSatisfy(path -> assertThat(
                path.contains("ent_4") || path.endsWith("schema.yml") || path.endsWith("sources.yml")).isTrue());
        assertThat(second.rendered()).isLessThan(first.plan().generatedFiles().size() / 2);
        assertThat(second.written()).contains("models/integration/satellites/s_ent_4_main_src_a.sql")
                .allSatisfy(path -> assertThat(path.contains("ent_4") || path.endsWith("schema.yml")
                        || path.endsWith("sources.yml")).isTrue());

        // a change on one side of a link re-renders the other side's files that carry it
        design.revisions.put(1, 1);
        design.write(project.resolve("specs"));
        GenerateResult third = generate(new DvGenerator(), project);
        assertThat(third.rendered()).isLessThan(first.plan().generatedFiles().size());
        Path full = temp.resolve("full");
        design.write(full.resolve("specs"));
        generate(new DvGenerator().withIncremental(false), full);
        assertThat(tree(project)).isEqualTo(tree(full));
    }

    /** Files of {@code second} whose detail says they were rendered (not vouched for by the index). */
    private static List<String> renderedPaths(GenerateResult first, GenerateResult second) {
        return second.plan().generatedFiles().stream()
                .filter(f -> !f.detail().startsWith("up to date (its specs did not change"))
                .map(PlannedFile::path).toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void incrementalResultEqualsFullRenderAfterRandomEdits(long seed) throws Exception {
        Random random = new Random(seed);
        Design design = design(10, random);
        Path incremental = temp.resolve("incremental");
        design.write(incremental.resolve("specs"));
        generate(new DvGenerator(), incremental);
        int next = 10;
        for (int step = 0; step < 12; step++) {
            int kind = random.nextInt(5);
            List<Integer> ids = new ArrayList<>(design.revisions.keySet());
            int target = ids.get(random.nextInt(ids.size()));
            switch (kind) {
                case 0, 1 -> design.revisions.merge(target, 1, Integer::sum);
                case 2 -> { // relink: add or drop a link of one entity
                    List<Integer> links = new ArrayList<>(design.links.getOrDefault(target, List.of()));
                    int other = ids.get(random.nextInt(ids.size()));
                    if (links.contains(other)) {
                        links.remove(Integer.valueOf(other));
                    } else if (other != target) {
                        links.add(other);
                    }
                    design.links.put(target, links);
                }
                case 3 -> { // remove an entity (links to it disappear from the other specs too)
                    if (ids.size() > 3) {
                        design.revisions.remove(target);
                    }
                }
                default -> { // add an entity linked to an existing one
                    design.revisions.put(next, 0);
                    design.links.put(next, List.of(target));
                    next++;
                }
            }
            design.write(incremental.resolve("specs"));
            generate(new DvGenerator(), incremental);

            Path full = temp.resolve("full-" + step);
            design.write(full.resolve("specs"));
            generate(new DvGenerator().withIncremental(false), full);
            assertThat(tree(incremental)).as("step %d (edit kind %d)", step, kind).isEqualTo(tree(full));
            // the incremental side parsed only what changed: the rest came from the cache of the runs before
            assertThat(incremental.resolve("target/dv").resolve(SpecCache.DIRECTORY_NAME)).isDirectoryContaining(
                    file -> file.toString().endsWith(".bin"));
            assertThat(full.resolve("target/dv").resolve(SpecCache.DIRECTORY_NAME)).doesNotExist();
        }
    }

    /** The spec cache's files, sorted. */
    private static List<Path> cacheFiles(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/dv").resolve(SpecCache.DIRECTORY_NAME))) {
            return files.sorted().toList();
        }
    }

    /** The key the spec cache was written with (after its magic line and format number), from its first file. */
    private static String cacheKey(Path project) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                Files.newInputStream(cacheFiles(project).get(0)))) {
            in.readUTF();
            in.readInt();
            return in.readUTF();
        }
    }

    @Test
    void theSpecCacheIsRewrittenForAnotherPluginVersionConfigurationOrTemplateAndACorruptOneIsAFullParse()
            throws Exception {
        Path project = temp.resolve("p");
        design(4, new Random(9)).write(project.resolve("specs"));
        GenerateRequest request = GenerateRequest.defaults(project);
        new DvGenerator().generate(request, DvLog.silent());
        String key = cacheKey(project);

        GenerateRequest otherVersion = new GenerateRequest(request.projectDirectory(), request.specDirectory(),
                request.reportDirectory(), request.naming(), null, false, null, request.duckdbShims(), "9.9.9");
        new DvGenerator().generate(otherVersion, DvLog.silent());
        String versionKey = cacheKey(project);
        GenerateRequest otherShims = new GenerateRequest(request.projectDirectory(), request.specDirectory(),
                request.reportDirectory(), request.naming(), null, false, null, !request.duckdbShims(), "9.9.9");
        new DvGenerator().generate(otherShims, DvLog.silent());
        String shimsKey = cacheKey(project);
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("hub.sql.mustache"), "-- house style\n"
                + Files.readString(Path.of("src/main/resources/io/dvmaven/templates/dbt/hub.sql.mustache")));
        new DvGenerator().generate(otherShims.withTemplateDirectory(templates), DvLog.silent());
        String templateKey = cacheKey(project);
        assertThat(List.of(key, versionKey, shimsKey, templateKey)).doesNotHaveDuplicates();

        new DvGenerator().generate(request, DvLog.silent());
        for (Path cache : cacheFiles(project)) {
            byte[] bytes = Files.readAllBytes(cache);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(cache, bytes);
        }
        Files.writeString(project.resolve("specs/ent_1.yml"), spec(1, 2, List.of(0), false));
        generate(new DvGenerator(), project);
        Path full = temp.resolve("full");
        copy(project.resolve("specs"), full.resolve("specs"));
        generate(new DvGenerator().withIncremental(false), full);
        assertThat(tree(project)).isEqualTo(tree(full));
        assertThat(cacheKey(project)).isEqualTo(key);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void aChangedTemplateOrSettingInvalidatesTheWholeIndexAndSaysWhy() throws Exception {
        Path project = temp.resolve("p");
        design(4, new Random(7)).write(project.resolve("specs"));
        generate(new DvGenerator(), project);
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("hub.sql.mustache"), "-- house style\n"
                + Files.readString(Path.of("src/main/resources/io/dvmaven/templates/dbt/hub.sql.mustache")));
        List<String> info = new ArrayList<>();
        DvLog log = new DvLog() {
            public void info(String message) {
                info.add(message);
            }

            public void warn(String message) {
            }

            public void error(String message) {
            }

            public void debug(Supplier<String> message) {
            }
        };

        GenerateResult result = new DvGenerator().generate(
                GenerateRequest.defaults(project).withTemplateDirectory(templates), log);

        assertThat(info.get(0)).startsWith("Regenerating every file: ")
                .contains("template hub.sql.mustache", "templateDirectory");
        assertThat(result.rendered()).isEqualTo(result.plan().generatedFiles().size());
        assertThat(result.written()).allSatisfy(path -> assertThat(path).contains("/hubs/h_"));
    }

    @Test
    void aFileChangedOnDiskIsRenderedAgainAndAHandEditStillStopsTheRun() throws Exception {
        Path project = temp.resolve("p");
        design(4, new Random(3)).write(project.resolve("specs"));
        generate(new DvGenerator(), project);
        Path hub = project.resolve("models/integration/hubs/h_ent_0.sql");
        String original = Files.readString(hub);
        Files.delete(hub);
        GenerateResult restored = generate(new DvGenerator(), project);
        assertThat(restored.written()).containsExactly("models/integration/hubs/h_ent_0.sql");
        assertThat(Files.readString(hub)).isEqualTo(original);

        Files.writeString(hub, original + "-- my edit\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generate(new DvGenerator(), project))
                .isInstanceOf(FileConflictException.class).hasMessageContaining("h_ent_0.sql");
    }

    @Test
    void parallelRunWritesTheSameBytesAsASingleThreadedRun() throws Exception {
        Path single = temp.resolve("single");
        Path parallel = temp.resolve("parallel");
        Design design = design(70, new Random(11)); // 70 specs, about 900 files: above both thresholds
        design.write(single.resolve("specs"));
        design.write(parallel.resolve("specs"));

        GenerateResult one = generate(new DvGenerator().withParallelism(1).withIncremental(false), single);
        GenerateResult four = generate(new DvGenerator().withParallelism(4).withIncremental(false), parallel);

        assertThat(one.plan().generatedFiles().size()).isGreaterThan(DvGenerator.PARALLEL_RENDER_THRESHOLD);
        assertThat(tree(parallel)).isEqualTo(tree(single));
        assertThat(Files.readString(parallel.resolve("target/dv/generation-report.json")))
                .isEqualTo(Files.readString(single.resolve("target/dv/generation-report.json")));
    }
}
