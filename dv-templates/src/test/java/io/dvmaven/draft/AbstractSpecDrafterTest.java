package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.draft.eval.ReplayServer;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with the member-two-sources case (coverage spec and member narrative) and a replay chat server; after
 * each test, the API key and the narrative text must appear in no log line and no written file, and no models.
 */
abstract class AbstractSpecDrafterTest {

    static final String KEY = "sk-test-SECRET-77aa";
    static final Path CASES = Path.of("src/test/resources/draft-eval");

    @TempDir
    Path project;
    Path specs;
    ReplayServer server;
    final CapturingLog log = new CapturingLog();

    @BeforeEach
    void setUp() throws IOException {
        specs = project.resolve("specs");
        Files.createDirectories(specs);
        Files.copy(CASES.resolve("member-two-sources/specs/coverage.yml"), specs.resolve("coverage.yml"));
        Files.copy(CASES.resolve("member-two-sources/narrative.md"), specs.resolve("member.md"));
        server = ReplayServer.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
        assertThat(log.all()).doesNotContain(KEY).doesNotContain("legacy Facets system keeps");
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                // binary files too (the spec cache): decoded leniently, an ASCII key keeps its bytes
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).doesNotContain(KEY);
            }
        }
        // draft never writes generated models
        assertThat(project.resolve("models")).doesNotExist();
    }

    static String reply(String caseName, int n) throws IOException {
        return Files.readString(CASES.resolve(caseName + "/replies/" + n + ".content.json"));
    }

    SpecDrafter drafter(URI url) {
        ChatSettings settings = ChatSettings.of(url, "gpt-test").withTimeout(Duration.ofSeconds(5))
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(5));
        return new SpecDrafter(new OpenAiChatClient(settings, ApiKey.of(KEY, "environment variable OPENAI_API_KEY"),
                log, d -> { }), log);
    }

    DraftRequest request() throws IOException {
        return new DraftRequest(project, specs, NamingConventions.defaults(),
                Narrative.read(specs.resolve("member.md"), "specs/member.md"), 2, false, "gpt-test");
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
