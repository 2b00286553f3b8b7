package io.dvmaven.draft.eval;

import io.dvmaven.draft.ChatClient;
import io.dvmaven.draft.ChatException;
import io.dvmaven.draft.DraftException;
import io.dvmaven.draft.DraftRequest;
import io.dvmaven.draft.DraftResult;
import io.dvmaven.draft.DraftedSpec;
import io.dvmaven.draft.Narrative;
import io.dvmaven.draft.SpecDrafter;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs every evaluation case through the same drafting loop as {@code dv:draft} (in a temporary project, so
 * nothing is written anywhere else) and scores the final drafts against the golden specs.
 */
public final class DraftEvaluation {

    private final Function<EvalCase, ChatClient> clients;
    private final NamingConventions naming;
    private final int repairRounds;
    private final String modelLabel;
    private final DvLog log;

    /**
     * @param clients the chat client for a case (one shared client for a real endpoint; the replay server gives
     *                each case its own URL)
     */
    public DraftEvaluation(Function<EvalCase, ChatClient> clients, NamingConventions naming, int repairRounds,
                           String modelLabel, DvLog log) {
        this.clients = clients;
        this.naming = naming;
        this.repairRounds = repairRounds;
        this.modelLabel = modelLabel;
        this.log = log;
    }

    public EvalReport run(List<EvalCase> cases) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (EvalCase evalCase : cases) {
            results.add(run(evalCase));
        }
        return new EvalReport(modelLabel, List.copyOf(results));
    }

    private CaseResult run(EvalCase evalCase) throws IOException {
        List<Map<String, Object>> golden = evalCase.golden();
        Path project = Files.createTempDirectory("dv-draft-eval-");
        try {
            Path specs = project.resolve("specs");
            Files.createDirectories(specs);
            if (Files.isDirectory(evalCase.existingSpecs())) {
                try (Stream<Path> files = Files.list(evalCase.existingSpecs())) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, specs.resolve(file.getFileName().toString()));
                    }
                }
            }
            Narrative narrative = Narrative.read(evalCase.narrative(), evalCase.name() + "/narrative.md");
            DraftRequest request = new DraftRequest(project, specs, naming, narrative, repairRounds, false,
                    modelLabel);
            DraftResult result;
            try {
                result = new SpecDrafter(clients.apply(evalCase), DvLog.silent()).propose(request);
            } catch (ChatException | DraftException e) {
                log.warn("Evaluation case " + evalCase.name() + ": no draft (" + e.getMessage() + ")");
                return new CaseResult(evalCase.name(), SpecScorer.score(List.of(), golden), false, 0, 0,
                        evalCase.expectOpenQuestions(), e.getMessage());
            }
            List<Map<String, Object>> drafted = result.drafts().stream().map(DraftedSpec::spec).toList();
            Map<SpecScorer.Field, FieldScore> scores = new EnumMap<>(SpecScorer.score(drafted, golden));
            if (!result.valid()) {
                // a draft that does not validate cannot be used: nothing in it counts as matched
                scores.replaceAll((field, score) -> new FieldScore(0, score.predicted(), score.expected()));
            }
            int questions = result.drafts().stream().mapToInt(d -> d.openQuestions().size()).sum();
            log.debug(() -> "Evaluation case " + evalCase.name() + ": " + result.rounds() + " rounds, errors "
                    + result.errors().size());
            return new CaseResult(evalCase.name(), scores, result.valid(), result.rounds(), questions,
                    evalCase.expectOpenQuestions(), result.valid() ? null : result.errors().size()
                    + " validation errors left");
        } finally {
            try (Stream<Path> walk = Files.walk(project)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
