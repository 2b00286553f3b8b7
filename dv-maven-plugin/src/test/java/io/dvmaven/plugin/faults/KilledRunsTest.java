package io.dvmaven.plugin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.draft.eval.ReplayServer.Reply;
import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random points of dv:generate, dv:verify and dv:draft, each run in a JVM of its own
 * ({@link FaultProbe}), 20 kills in all: right after a kill every file is whole (its old bytes or its new ones),
 * and one rerun repairs everything: the files a clean run writes, no temporary file left, the generation index
 * consistent with the disk (the run after the rerun finds nothing to do).
 */
@DisabledOnOs(OS.WINDOWS)
class KilledRunsTest {

    private static final long SEED = 20261206L;
    private static final int ENTITIES = 120;
    private static final Path DRAFT_CASE = Path.of("../dv-templates/src/test/resources/draft-eval/member-two-sources");

    @TempDir
    Path temp;

    private final Random random = new Random(SEED);
    private final List<String> kills = new ArrayList<>();
    /** Kills of dv:generate that left some files written and others not. */
    private int interruptedWrites;

    @Test
    void everyKilledRunIsRepairedByTheNextRun() throws Exception {
        Path project = temp.resolve("project");
        List<Map<String, String>> expected = List.of(reference(0), reference(1));
        writeSpecs(project, 0);
        generate(project);
        Path timed = temp.resolve("timed-generate"); // a run like the ones killed: same state, same change
        copyTree(project, timed);
        writeSpecs(timed, 1);
        long generateMillis = timedRun("generate", timed, null);

        for (int i = 0; i < 8; i++) {
            int variant = (i + 1) % 2;
            Map<String, String> before = ProjectTree.files(project, ProjectTree::generated);
            writeSpecs(project, variant);
            if (i % 2 == 0) {
                killDuring("generate", project, null, generateMillis);
            } else {
                killWhileWriting(project, generateMillis);
            }
            if (!ProjectTree.files(project, ProjectTree::generated).equals(before)) {
                interruptedWrites++;
            }
            assertEveryFileWhole(project, before, expected.get(variant));
            generate(project);
            assertThat(ProjectTree.files(project, ProjectTree::generated)).as(kills.toString())
                    .isEqualTo(expected.get(variant));
            assertNoLeftovers(project);
            assertThat(nothingToDo(project)).as("the index matches the disk after the rerun").isTrue();
            assertThat(Json.parse(Files.readString(project.resolve("target/dv/generation-report.json"))))
                    .isInstanceOf(Map.class);
        }

        long verifyMillis = timedRun("verify", project, null);
        for (int i = 0; i < 6; i++) {
            Map<String, String> before = ProjectTree.files(project, path -> !path.startsWith("target/"));
            killDuring("verify", project, null, verifyMillis);
            assertThat(ProjectTree.files(project, path -> !path.startsWith("target/")))
                    .as("dv:verify never writes project files").isEqualTo(before);
            assertReportsWhole(project);
            FaultProbe.run("verify", project, null);
            assertReportsWhole(project);
            assertNoLeftovers(project);
        }

        try (ReplayServer server = ReplayServer.start()) {
            URI url = server.script("member", List.of(Reply.content(
                    Files.readString(DRAFT_CASE.resolve("replies/1.content.json")))));
            Path cleanDraft = draftProject(temp.resolve("clean-draft"));
            FaultProbe.run("draft", cleanDraft, url.toString());
            Map<String, String> drafted = ProjectTree.files(cleanDraft, path -> path.startsWith("specs/"));
            assertThat(drafted).containsKey("specs/member.draft.yml");

            Path draft = draftProject(temp.resolve("draft"));
            long draftMillis = timedRun("draft", draftProject(temp.resolve("timed-draft")), url.toString());
            for (int i = 0; i < 6; i++) {
                killDuring("draft", draft, url.toString(), draftMillis);
                Map<String, String> afterKill = ProjectTree.files(draft, path -> path.equals("specs/member.draft.yml"));
                afterKill.forEach((path, sha) -> assertThat(sha).as("whole draft after " + kills)
                        .isEqualTo(drafted.get(path)));
                FaultProbe.run("draft", draft, url.toString());
                assertThat(ProjectTree.files(draft, path -> path.startsWith("specs/"))).as(kills.toString())
                        .isEqualTo(drafted);
                assertNoLeftovers(draft);
            }
        }
        System.out.println("[faults] " + kills.size() + " kills (ms after start): " + kills + "; "
                + interruptedWrites + " dv:generate kills interrupted the writing");
        assertThat(kills).hasSize(20);
    }

    /** Files of a clean generation of {@code variant} in a fresh project. */
    private Map<String, String> reference(int variant) throws Exception {
        Path project = temp.resolve("reference-" + variant);
        writeSpecs(project, variant);
        generate(project);
        return ProjectTree.files(project, ProjectTree::generated);
    }

    private static void generate(Path project) throws Exception {
        new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
    }

    /** True when a run finds nothing changed since the last one, by its index. */
    private static boolean nothingToDo(Path project) throws Exception {
        List<String> infos = new ArrayList<>();
        new DvGenerator().generate(GenerateRequest.defaults(project), new DvLog() {
            @Override
            public void info(String message) {
                infos.add(message);
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }

            @Override
            public void debug(Supplier<String> message) {
            }
        });
        return infos.stream().anyMatch(line -> line.startsWith("Nothing changed since the last run"));
    }

    /**
     * Variant 0: {@value #ENTITIES} entities from one source. Variant 1: their descriptions changed (every file
     * rewritten) and a quarter more entities from a second source (a new staging folder).
     */
    private static void writeSpecs(Path project, int variant) throws IOException {
        writeSpecs(project, variant, ENTITIES);
    }

    static void writeSpecs(Path project, int variant, int entities) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        try (Stream<Path> old = Files.list(specs)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        int count = variant == 0 ? entities : entities + entities / 4;
        for (int i = 0; i < count; i++) {
            String source = i < entities ? "crm" : "erp";
            Files.writeString(specs.resolve("e" + i + ".yml"), """
                    entity:
                      name: e%1$d
                      description: "entity %1$d, version %2$d"
                    hub:
                      business_key: [e%1$d_id]
                      sources: [%3$s]
                    satellites:
                      - name: details
                        attributes: [label, amount]
                        sources: [%3$s]
                    source_mappings:
                      %3$s:
                        schema: raw
                        table: t%1$d
                        key_field: id
                    """.formatted(i, variant, source));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static Path draftProject(Path project) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.copy(DRAFT_CASE.resolve("specs/coverage.yml"), specs.resolve("coverage.yml"));
        Files.copy(DRAFT_CASE.resolve("narrative.md"), specs.resolve("member.md"));
        return project;
    }

    /** Runs the goal in a JVM of its own to the end; its wall time in milliseconds. */
    private long timedRun(String goal, Path project, String url) throws Exception {
        long start = System.nanoTime();
        Process process = fork(goal, project, url);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(goal + ": " + Files.readString(temp.resolve(goal + ".log")))
                .isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Starts the goal in a JVM of its own and kills it (SIGKILL) at a random point of its expected run. */
    private void killDuring(String goal, Path project, String url, long expectedMillis) throws Exception {
        long delay = (long) (expectedMillis * (0.2 + 0.8 * random.nextDouble()));
        Process process = fork(goal, project, url);
        boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        kills.add(goal + "@" + delay + (finished ? " (finished first)" : ""));
    }

    /**
     * Starts dv:generate in a JVM of its own and kills it (SIGKILL) a random 0-100 ms after its first write into the
     * hub folder (a temporary file appearing), so the kill lands while files are being written.
     */
    private void killWhileWriting(Path project, long expectedMillis) throws Exception {
        Path hubs = project.resolve("models/integration/hubs");
        try (WatchService watcher = hubs.getFileSystem().newWatchService()) {
            hubs.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            long start = System.nanoTime();
            Process process = fork("generate", project, null);
            WatchKey event = watcher.poll(expectedMillis * 3, TimeUnit.MILLISECONDS);
            long delay = random.nextInt(100);
            boolean finished = process.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly();
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            kills.add("generate@" + (System.nanoTime() - start) / 1_000_000 + (event == null ? " (no write seen)" : "")
                    + (finished ? " (finished first)" : ""));
        }
    }

    private Process fork(String goal, Path project, String url) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), FaultProbe.class.getName(), goal, project.toString()));
        if (url != null) {
            command.add(url);
        }
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve(goal + ".log").toFile()).start();
    }

    /** Every generated file is as it was before the run, or as the clean run writes it: never half-written. */
    private static void assertEveryFileWhole(Path project, Map<String, String> before, Map<String, String> after)
            throws IOException {
        ProjectTree.files(project, path -> ProjectTree.generated(path) && !ProjectTree.hidden(path))
                .forEach((path, sha) -> assertThat(sha).as(path + " is whole").isIn(before.get(path),
                        after.get(path)));
    }

    private static void assertReportsWhole(Path project) throws Exception {
        Path json = project.resolve("target/dv/verify-report.json");
        if (Files.exists(json)) {
            assertThat(Json.parse(Files.readString(json))).isInstanceOf(Map.class);
        }
    }

    private static void assertNoLeftovers(Path project) throws IOException {
        assertThat(ProjectTree.files(project, path -> ProjectTree.hidden(path) || path.endsWith(".tmp")))
                .as("temporary files left").isEmpty();
        try (Stream<Path> walk = Files.walk(project)) {
            assertThat(walk.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("."))).as("hidden folders left").isEmpty();
        }
    }
}
