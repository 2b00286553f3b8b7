package io.dvmaven.draft.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.draft.ApiKey;
import io.dvmaven.draft.ChatSettings;
import io.dvmaven.draft.OpenAiChatClient;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalGateTest {

    private static final Path CASES = Path.of("src/test/resources/draft-eval");

    @TempDir
    Path temp;

    private static EvalReport run(Path root) throws IOException {
        try (ReplayServer server = ReplayServer.start()) {
            return new DraftEvaluation(evalCase -> {
                try {
                    return new OpenAiChatClient(ChatSettings.of(server.script(evalCase), "recorded")
                            .withTimeout(Duration.ofSeconds(10)), ApiKey.none(), DvLog.silent(), d -> { });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, NamingConventions.defaults(), 1, "recorded", DvLog.silent()).run(EvalCase.load(root));
        }
    }

    private void copyCases() throws IOException {
        try (Stream<Path> walk = Files.walk(CASES)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = temp.resolve(CASES.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void oneRegressedCaseFailsAgainstTheBaselineAndPerCaseMinimumWhileOverallF1StaysAboveTheThreshold()
            throws IOException {
        copyCases();
        EvalReport good = run(temp);
        Path reports = temp.resolve("out-good");
        EvalReportFiles.write(good, List.of(), reports);
        Map<String, Double> baseline = EvalReportFiles.readBaseline(reports.resolve(EvalReportFiles.JSON));
        assertThat(new EvalGate(0.8, 0, Map.of(), baseline).failures(good)).isEmpty();

        // the provider reply now never validates (no source_mappings): the case drafts nothing usable
        Path reply = temp.resolve("provider-single-source/replies/1.content.json");
        Files.writeString(reply, Files.readString(reply).replaceAll("\"source_mappings\"", "\"source_mapping_typo\""));
        EvalReport regressed = run(temp);

        CaseResult provider = regressed.cases().stream().filter(c -> c.name().equals("provider-single-source"))
                .findFirst().orElseThrow();
        assertThat(provider.valid()).isFalse();
        assertThat(provider.overall().f1()).isZero();
        assertThat(regressed.overall().f1()).isGreaterThan(0.8);

        List<String> failures = new EvalGate(0.8, 0.5, Map.of(), baseline).failures(regressed);
        assertThat(failures).hasSize(2).allSatisfy(f -> assertThat(f).startsWith("case provider-single-source: F1 0.00"));
        assertThat(failures.get(0)).contains("below minCaseF1 0.50");
        assertThat(failures.get(1)).contains("worse than the baseline 0.89");

        List<Path> files = EvalReportFiles.write(regressed, failures, temp.resolve("out-bad"));
        String junit = Files.readString(files.get(1));
        assertThat(junit).contains("<testsuite name=\"dv-draft-eval\" tests=\"9\" failures=\"1\">")
                .contains("<testcase classname=\"dv-draft-eval\" name=\"provider-single-source\"><failure message=\""
                        + "case provider-single-source: F1 0.00 is below minCaseF1 0.50")
                .contains("<testcase classname=\"dv-draft-eval\" name=\"member-two-sources\"><system-out>");
        assertThat(Files.readString(files.get(0))).contains("\"name\": \"provider-single-source\"")
                .contains("\"valid\": false");
    }

    @Test
    void fieldMinimumsNameTheField() {
        Map<SpecScorer.Field, FieldScore> scores = new EnumMap<>(SpecScorer.Field.class);
        scores.put(SpecScorer.Field.ENTITIES, new FieldScore(1, 1, 1));
        scores.put(SpecScorer.Field.SOURCES, new FieldScore(1, 2, 2));
        EvalReport report = new EvalReport("m", List.of(new CaseResult("a", scores, true, 1, 0, false, null)));

        assertThat(new EvalGate(0, 0, EvalGate.parseFieldMinimums("sources=0.9, entities=1"), Map.of())
                .failures(report)).containsExactly("field sources: F1 0.50 is below its minimum 0.90");
        assertThatThrownBy(() -> EvalGate.parseFieldMinimums("source=1"))
                .hasMessageContaining("entities, business_keys, satellites, attributes, links, sources, key_fields");
    }
}
