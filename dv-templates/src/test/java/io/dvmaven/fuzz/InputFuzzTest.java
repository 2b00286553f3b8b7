package io.dvmaven.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.draft.ChatException;
import io.dvmaven.draft.DraftException;
import io.dvmaven.draft.DraftRequest;
import io.dvmaven.draft.Narrative;
import io.dvmaven.draft.SpecDrafter;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One fuzz target per input format (YAML spec, JSON spec, Mermaid erDiagram, drafted reply), each over a corpus
 * seeded from the test resources. A crash is any exception, or a {@code spec.internal} diagnostic (a defect the
 * loader caught): bad input must only ever give the plugin's own located errors. A fixed number of inputs each (a few
 * seconds) in the normal build; {@code mvn -Pfuzz} runs a campaign (see docs/trust.md).
 */
class InputFuzzTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path DRAFT_EVAL = Path.of("src/test/resources/draft-eval");
    /** Inputs that once crashed a target; run first, unmutated, on every build. */
    private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");
    private static final Path MERMAID = Path.of("../dv-model/src/test/resources/mermaid");

    @TempDir
    Path project;

    @Test
    void yamlSpecs() throws Exception {
        assertNoCrash(FuzzRun.run("yaml", files(GOLDEN, DRAFT_EVAL, ".yml"), specTarget("member.yml"), 1_500));
    }

    @Test
    void jsonSpecs() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        for (byte[] yaml : files(GOLDEN, DRAFT_EVAL, ".yml")) {
            for (Object document : new Load(LoadSettings.builder().build())
                    .loadAllFromString(new String(yaml, StandardCharsets.UTF_8))) {
                corpus.add(Json.writePretty(document).getBytes(StandardCharsets.UTF_8));
            }
        }
        assertNoCrash(FuzzRun.run("json", corpus, specTarget("member.json"), 1_500));
    }

    @Test
    void mermaidDiagrams() throws Exception {
        List<byte[]> corpus = files(MERMAID, MERMAID, ".mmd");
        corpus.addAll(files(MERMAID, MERMAID, ".md"));
        assertNoCrash(FuzzRun.run("mermaid", corpus, specTarget("member.mmd"), 300));
    }

    @Test
    void draftReplies() throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Path narrativeFile = specs.resolve("member.md");
        Files.writeString(narrativeFile, "# Member\n\nMembers come from the CRM with a member number.\n");
        Narrative narrative = Narrative.read(narrativeFile, "specs/member.md");
        DraftRequest request = new DraftRequest(project, specs, NamingConventions.defaults(), narrative, 0, false,
                "fuzz");
        assertNoCrash(FuzzRun.run("draft-reply", files(DRAFT_EVAL, REGRESSIONS, ".content.json"), input -> {
            String reply = new String(input, StandardCharsets.UTF_8);
            try {
                new SpecDrafter((messages, schema, name) -> reply, DvLog.silent()).propose(request)
                        .problems().stream().filter(d -> d.code().equals("spec.internal")).findFirst()
                        .ifPresent(d -> {
                            throw new AssertionError(d.toString());
                        });
            } catch (DraftException | ChatException e) {
                // a located refusal of the reply, as designed
            }
        }, 1_000));
    }

    /** Writes the input as the project's one spec file and loads the design. */
    private FuzzRun.Target specTarget(String fileName) throws IOException {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Path file = specs.resolve(fileName);
        return input -> {
            Files.write(file, input);
            DesignResult result = DesignLoader.load(project, specs, NamingConventions.defaults());
            for (Diagnostic d : result.diagnostics()) {
                if (d.code().equals("spec.internal") || d.location() == null) {
                    throw new AssertionError(d.toString());
                }
            }
            if (result.vault() == null) {
                assertThat(result.diagnostics()).as("a design without a vault says why").isNotEmpty();
            }
        };
    }

    private static void assertNoCrash(FuzzRun.Result result) {
        assertThat(result.executions()).isGreaterThan(0);
        assertThat(result.crashes()).as(result.summary()).isEmpty();
    }

    private static List<byte[]> files(Path first, Path second, String suffix) throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        for (Path root : first.equals(second) ? List.of(first) : List.of(first, second)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList()) {
                    corpus.add(Files.readAllBytes(path));
                }
            }
        }
        assertThat(corpus).as("corpus for " + suffix).isNotEmpty();
        return corpus;
    }
}
