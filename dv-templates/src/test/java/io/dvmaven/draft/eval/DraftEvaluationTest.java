package io.dvmaven.draft.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.draft.ApiKey;
import io.dvmaven.draft.ChatSettings;
import io.dvmaven.draft.OpenAiChatClient;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the evaluation set against the recorded replies: proves the loop and the scorer end to end, and prints the
 * scores (see target/surefire-reports/io.dvmaven.draft.eval.DraftEvaluationTest-output.txt).
 */
class DraftEvaluationTest {

    private static final Path CASES = Path.of("src/test/resources/draft-eval");

    @Test
    void scoresEveryCaseOfTheEvaluationSet() throws IOException {
        List<EvalCase> cases = EvalCase.load(CASES);
        EvalReport report;
        try (ReplayServer server = ReplayServer.start()) {
            DraftEvaluation evaluation = new DraftEvaluation(evalCase -> {
                try {
                    ChatSettings settings = ChatSettings.of(server.script(evalCase), "recorded")
                            .withTimeout(Duration.ofSeconds(10));
                    return new OpenAiChatClient(settings, ApiKey.none(), DvLog.silent(), d -> { });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, NamingConventions.defaults(), 2, "recorded", DvLog.silent());
            report = evaluation.run(cases);
        }
        report.format().forEach(System.out::println);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(8);
        Map<String, CaseResult> byName = report.cases().stream()
                .collect(Collectors.toMap(CaseResult::name, c -> c));
        assertThat(byName.values()).allSatisfy(c -> assertThat(c.valid()).as(c.name()).isTrue());
        // exact replies score 1.0
        assertThat(byName.get("member-two-sources").overall()).isEqualTo(new FieldScore(19, 19, 19));
        assertThat(byName.get("coverage-two-sources").overall().f1()).isEqualTo(1.0);
        // repaired in one round (composite key), and after a malformed first reply
        assertThat(byName.get("policy-composite-key").rounds()).isEqualTo(2);
        assertThat(byName.get("policy-composite-key").overall().f1()).isEqualTo(1.0);
        assertThat(byName.get("pharmacy-fill-malformed-first").rounds()).isEqualTo(2);
        // a three-hub link matches whatever the link is called
        CaseResult claim = byName.get("claim-three-hub-link");
        assertThat(claim.scores().get(SpecScorer.Field.LINKS)).isEqualTo(new FieldScore(1, 1, 1));
        assertThat(claim.overall().f1()).isEqualTo(1.0);
        // a renamed attribute costs precision and recall of that field only
        assertThat(byName.get("provider-single-source").scores().get(SpecScorer.Field.ATTRIBUTES))
                .isEqualTo(new FieldScore(3, 4, 4));
        // one attribute renamed (tagline), one missing (out_of_pocket_max)
        CaseResult product = byName.get("product-multi-source-satellites");
        assertThat(product.scores().get(SpecScorer.Field.ATTRIBUTES)).isEqualTo(new FieldScore(3, 4, 5));
        assertThat(product.scores().get(SpecScorer.Field.ATTRIBUTES).precision()).isEqualTo(0.75);
        assertThat(product.scores().get(SpecScorer.Field.ATTRIBUTES).recall()).isEqualTo(0.6);
        // the ambiguous case must come with open questions
        CaseResult customer = byName.get("customer-ambiguous");
        assertThat(customer.expectOpenQuestions()).isTrue();
        assertThat(customer.openQuestions()).isEqualTo(2);
        assertThat(customer.openQuestionsOk()).isTrue();
        assertThat(customer.scores().get(SpecScorer.Field.SOURCES)).isEqualTo(new FieldScore(0, 2, 2));
        assertThat(report.openQuestionFailures()).isZero();
        assertThat(report.format().get(report.format().size() - 2)).startsWith("OVERALL");
    }
}
