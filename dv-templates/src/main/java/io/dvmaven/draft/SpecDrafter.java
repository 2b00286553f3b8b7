package io.dvmaven.draft;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.spec.EntitySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a narrative into draft specs: asks the model for specs in the spec schema, checks the reply with the
 * same loader as hand-written specs (together with the project's specs), sends the errors back for a bounded
 * number of repair rounds, and writes {@code <entity>.draft.yml} files with the model's assumptions, open
 * questions and any remaining errors as comments at the top. Writes nothing but draft files in the spec
 * directory and the model's spec for the review feedback ({@link DraftFeedback}).
 */
public final class SpecDrafter {

    /** First line of every draft file; {@link DraftApprover} recognises drafts by it. */
    public static final String HEADER_MARKER = "# DRAFT written by dv:draft";
    /** Longest entity name: file names and every model name derived from it must stay within limits. */
    static final int MAX_NAME = 63;

    private final ChatClient client;
    private final DvLog log;

    private final boolean offerTools;

    public SpecDrafter(ChatClient client, DvLog log) {
        this(client, log, false);
    }

    /**
     * @param offerTools offer the model {@link DraftTools} ({@code list_models}, {@code fetch_source_columns}); only
     *                   for servers that support tool calls. The schema enums and checks apply either way.
     */
    public SpecDrafter(ChatClient client, DvLog log, boolean offerTools) {
        this.client = client;
        this.log = log;
        this.offerTools = offerTools;
    }

    /**
     * Drafts, validates, repairs and writes the drafts.
     *
     * @return the result; every draft in it was written
     * @throws DraftException when the project's specs are invalid, a draft file exists, or the drafts still have
     *                        errors after the repair rounds (then they are written with the errors listed)
     * @throws ChatException  when the first request fails (no draft exists yet)
     */
    public DraftResult draft(DraftRequest request) throws DraftException, ChatException, IOException {
        if (!request.overwrite()) {
            List<String> earlier = DraftHeaders.draftsFrom(request.projectDirectory(), request.specDirectory(),
                    request.narrative().file());
            if (!earlier.isEmpty()) {
                throw new DraftException(DraftException.Reason.DRAFT_EXISTS, String.join(", ", earlier)
                        + (earlier.size() == 1 ? " was" : " were") + " drafted from " + request.narrative().file()
                        + " already (maybe edited since); nothing was sent. Review and approve it, delete it, or "
                        + "allow overwriting it");
            }
        }
        DraftResult result = propose(request);
        if (result.drafts().isEmpty()) {
            throw new DraftException(DraftException.Reason.DRAFT_INVALID, "the model's reply could not be read "
                    + "as spec drafts after " + rounds(result.rounds()) + stopped(result)
                    + "; nothing was written", result.errors(), List.of());
        }
        List<Path> targets = new ArrayList<>();
        for (DraftedSpec draft : result.drafts()) {
            Path target = request.specDirectory().resolve(draft.entity() + ".draft.yml");
            if (Files.exists(target) && !request.overwrite()) {
                throw new DraftException(DraftException.Reason.DRAFT_EXISTS, draft.draftFile() + " exists already "
                        + "(from an earlier run, maybe edited since); nothing was written. Review and approve it, "
                        + "delete it, or allow overwriting it");
            }
            targets.add(target);
        }
        List<Path> written = new ArrayList<>();
        Files.createDirectories(request.specDirectory());
        for (int i = 0; i < targets.size(); i++) {
            DraftedSpec draft = result.drafts().get(i);
            String text = DraftFileText.fileText(draft, request, result.problems(), true);
            Path temp = targets.get(i).resolveSibling(targets.get(i).getFileName() + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, targets.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(targets.get(i));
            DraftFeedback.keepDrafted(request.projectDirectory(), draft.entity(), draft.spec());
            log.info("Wrote " + draft.draftFile() + " (" + (draft.valid() ? "valid"
                    : count(DraftFileText.errorsOf(draft, result.problems()).size(), "error")) + ", "
                    + count(draft.assumptions().size(), "assumption") + ", "
                    + count(draft.openQuestions().size(), "open question") + ")");
        }
        if (!result.valid()) {
            throw new DraftException(DraftException.Reason.DRAFT_INVALID, "the draft is still invalid after "
                    + rounds(result.rounds()) + stopped(result) + "; it was written with the remaining errors "
                    + "listed at the top for review",
                    DraftFileText.asWritten(result).stream().filter(Diagnostic::isError).toList(), written);
        }
        log.info("Drafted " + count(result.drafts().size(), "spec") + " in " + rounds(result.rounds())
                + ". Review, then approve with dv:approve -Ddv.approve.entity="
                + (result.drafts().size() == 1 ? result.drafts().get(0).entity() : "all")
                + " (or rename the file to drop .draft)");
        return result;
    }

    /**
     * Runs the conversation and validation rounds without writing anything into the project.
     *
     * @throws ChatException when the first request fails
     */
    public DraftResult propose(DraftRequest request) throws DraftException, ChatException, IOException {
        Path project = request.projectDirectory().toAbsolutePath().normalize();
        Path specs = request.specDirectory().toAbsolutePath().normalize();
        DesignResult existing = Files.isDirectory(specs) ? DesignLoader.load(project, specs, request.naming())
                : null;
        if (existing != null && existing.hasErrors()) {
            List<Diagnostic> errors = existing.diagnostics().stream().filter(Diagnostic::isError).toList();
            throw new DraftException(DraftException.Reason.EXISTING_SPECS_INVALID, "the project's specs have "
                    + count(errors.size(), "error") + ", so no draft can be checked against them; fix them first",
                    errors, List.of());
        }
        List<EntitySpec> known = existing == null ? List.of() : existing.entities();
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(DraftPrompts.systemPrompt()));
        messages.add(ChatMessage.user(DraftPrompts.userPrompt(request.narrative(), known)
                + GroundedSchema.promptSection(request.catalog())));
        Map<String, Object> schema = GroundedSchema.restrict(DraftSchema.responseSchema(), request.catalog());
        log.info("Drafting specs from " + request.narrative().file() + " with model " + request.modelLabel()
                + " (" + count(known.size(), "existing entity", "existing entities") + " as context, up to "
                + count(request.repairRounds(), "repair round") + ")");

        DraftResult last = null;
        for (int round = 0; ; round++) {
            String reply;
            try {
                reply = client.complete(messages, schema, DraftSchema.NAME,
                        offerTools ? new DraftTools(project, request.catalog()) : null);
            } catch (ChatException e) {
                if (last == null) {
                    throw e;
                }
                log.warn("Repair round " + round + " failed, keeping the previous draft: " + e.getMessage());
                return new DraftResult(last.drafts(), last.problems(), last.rounds(), "repair round " + round
                        + " failed: " + e.getMessage());
            }
            last = evaluate(reply, request, project, specs, round + 1);
            if (last.valid()) {
                log.info("Round " + (round + 1) + ": the draft is valid");
                return last;
            }
            int errors = last.errors().size();
            if (round >= request.repairRounds()) {
                log.warn("Round " + (round + 1) + ": " + count(errors, "error") + " left and no repair rounds "
                        + "left");
                return last;
            }
            log.info("Round " + (round + 1) + ": " + count(errors, "error") + "; sending them back (repair round "
                    + (round + 1) + " of " + request.repairRounds() + ")");
            messages.add(ChatMessage.assistant(reply));
            messages.add(ChatMessage.user(DraftPrompts.repairPrompt(last, request)));
        }
    }

    // ---------------------------------------------------------------- one round

    private DraftResult evaluate(String reply, DraftRequest request, Path project, Path specs, int rounds)
            throws IOException {
        DraftReply read = DraftReply.read(reply, project, specs);
        if (read.drafts().isEmpty()) {
            return new DraftResult(List.of(), read.problems(), rounds, null);
        }
        List<DraftedSpec> unchecked = read.drafts();
        Map<String, String> texts = new LinkedHashMap<>();
        for (DraftedSpec draft : unchecked) {
            texts.put(draft.entity() + ".draft.yml", DraftFileText.fileText(draft, request, List.of(), false));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(read.problems());
        diagnostics.addAll(CandidateValidator.validate(project, specs, request.naming(), texts));
        for (DraftedSpec draft : unchecked) {
            diagnostics.addAll(GroundingCheck.check(draft, texts.get(draft.entity() + ".draft.yml"),
                    request.catalog()));
        }
        List<DraftedSpec> drafts = new ArrayList<>();
        for (DraftedSpec draft : unchecked) {
            List<Diagnostic> own = diagnostics.stream()
                    .filter(d -> d.location().file().equals(draft.draftFile())).toList();
            drafts.add(new DraftedSpec(draft.entity(), draft.spec(), draft.yaml(), draft.assumptions(),
                    draft.openQuestions(), own, draft.draftFile()));
        }
        return new DraftResult(List.copyOf(drafts), List.copyOf(diagnostics), rounds, null);
    }

    // ---------------------------------------------------------------- wording

    private static String stopped(DraftResult result) {
        return result.stopReason() == null ? "" : " (" + result.stopReason() + ")";
    }

    private static String rounds(int rounds) {
        return rounds == 1 ? "1 round" : rounds + " rounds (" + (rounds - 1) + " repair"
                + (rounds == 2 ? "" : "s") + ")";
    }

    static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
