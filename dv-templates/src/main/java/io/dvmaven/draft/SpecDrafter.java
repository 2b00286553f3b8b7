package io.dvmaven.draft;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** Longest entity name: file names and every model name derived from it must stay within limits. */
    static final int MAX_NAME = 63;
    private static final SourceLocation REPLY = SourceLocation.ofFile("model reply");

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
            String text = fileText(draft, request, result.problems(), true);
            Path temp = targets.get(i).resolveSibling(targets.get(i).getFileName() + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, targets.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(targets.get(i));
            DraftFeedback.keepDrafted(request.projectDirectory(), draft.entity(), draft.spec());
            log.info("Wrote " + draft.draftFile() + " (" + (draft.valid() ? "valid" : count(errorsOf(draft,
                    result.problems()).size(), "error")) + ", " + count(draft.assumptions().size(), "assumption")
                    + ", " + count(draft.openQuestions().size(), "open question") + ")");
        }
        if (!result.valid()) {
            throw new DraftException(DraftException.Reason.DRAFT_INVALID, "the draft is still invalid after "
                    + rounds(result.rounds()) + stopped(result) + "; it was written with the remaining errors "
                    + "listed at the top for review", asWritten(result).stream().filter(Diagnostic::isError).toList(),
                    written);
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
        messages.add(ChatMessage.system(systemPrompt()));
        messages.add(ChatMessage.user(userPrompt(request.narrative(), known)
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
            messages.add(ChatMessage.user(repairPrompt(last, request)));
        }
    }

    // ---------------------------------------------------------------- one round

    private DraftResult evaluate(String reply, DraftRequest request, Path project, Path specs, int rounds)
            throws IOException {
        Object parsed;
        try {
            parsed = Json.parse(ReplyText.json(reply));
        } catch (Json.JsonSyntaxException e) {
            return new DraftResult(List.of(), List.of(Diagnostic.error(REPLY, "draft.not-json",
                    "the reply is not valid JSON: " + e.getMessage(),
                    "reply with only the JSON object the schema describes")), rounds, null);
        }
        List<Diagnostic> shapeProblems = new ArrayList<>();
        List<Map<String, Object>> entries = entries(parsed, shapeProblems);
        if (entries.isEmpty()) {
            return new DraftResult(List.of(), shapeProblems, rounds, null);
        }
        // name the files first: validation needs the final texts
        List<DraftedSpec> unchecked = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            Map<String, Object> spec = asMap(entry.get("spec"));
            String name = entityName(spec, unchecked.size() + 1);
            if (name.startsWith("unnamed_") && spec.get("entity") instanceof Map<?, ?> entity
                    && entity.get("name") instanceof String given) {
                shapeProblems.add(Diagnostic.error(REPLY, "draft.entity-name", "entity name '"
                        + (given.length() > 40 ? given.substring(0, 40) + "..." : given) + "' (" + given.length()
                        + " characters) is not a lower snake_case name of at most " + MAX_NAME + " characters",
                        "name the entity in lower snake_case, at most " + MAX_NAME + " characters"));
            }
            int seen = used.merge(name, 1, Integer::sum);
            if (seen > 1) {
                name = name + "_" + seen;
            }
            String draftFile = CandidateValidator.display(project, specs.resolve(name + ".draft.yml"));
            unchecked.add(new DraftedSpec(name, spec, SpecYamlWriter.write(spec), strings(entry.get("assumptions")),
                    strings(entry.get("open_questions")), List.of(), draftFile));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (DraftedSpec draft : unchecked) {
            texts.put(draft.entity() + ".draft.yml", fileText(draft, request, List.of(), false));
        }
        List<Diagnostic> diagnostics = new ArrayList<>(shapeProblems);
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

    private static List<Map<String, Object>> entries(Object parsed, List<Diagnostic> problems) {
        if (!(parsed instanceof Map<?, ?> root)) {
            problems.add(Diagnostic.error(REPLY, "draft.shape", "the reply is not a JSON object",
                    "reply with {\"drafts\": [{\"spec\": {...}, \"assumptions\": [...], \"open_questions\": [...]}]}"));
            return List.of();
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        if (root.get("drafts") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && map.get("spec") instanceof Map<?, ?>) {
                    entries.add(asMap(map));
                } else {
                    problems.add(Diagnostic.error(REPLY, "draft.shape", "an entry of 'drafts' has no 'spec' object",
                            "give every entry of drafts a spec object"));
                }
            }
        } else if (root.containsKey("entity")) {
            // a bare spec: accepted, there is nothing to be gained by a repair round
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("spec", root);
            entries.add(entry);
        } else {
            problems.add(Diagnostic.error(REPLY, "draft.shape", "the reply has no 'drafts' list",
                    "reply with {\"drafts\": [{\"spec\": {...}, \"assumptions\": [...], \"open_questions\": [...]}]}"));
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(Diagnostic.error(REPLY, "draft.shape", "the reply's 'drafts' list is empty",
                    "draft at least one entity"));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String entityName(Map<String, Object> spec, int index) {
        if (spec.get("entity") instanceof Map<?, ?> entity && entity.get("name") instanceof String name
                && name.length() <= MAX_NAME && SAFE_NAME.matcher(name).matches()) {
            return name;
        }
        return "unnamed_" + index;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(item -> item != null && !String.valueOf(item).isBlank())
                .map(item -> String.valueOf(item).strip().replaceAll("\\s+", " ")).toList();
    }

    // ---------------------------------------------------------------- file text

    /**
     * The draft file: review header, then the spec. With {@code withErrors} the remaining problems are listed in
     * the header and their line numbers moved down by the lines that listing takes.
     */
    static String fileText(DraftedSpec draft, DraftRequest request, List<Diagnostic> allProblems,
                           boolean withErrors) {
        List<String> header = new ArrayList<>();
        header.add(HEADER_MARKER + " from " + request.narrative().file() + " (model " + request.modelLabel()
                + "). Review it before use.");
        header.add("# dv:generate and dv:verify ignore this file until it is approved: mvn dv:approve "
                + "-Ddv.approve.entity=" + draft.entity());
        header.add("# (or rename it to " + draft.entity() + ".yml). Delete these comments once the questions are "
                + "settled.");
        header.add("#");
        header.add("# Assumptions:");
        bullets(header, draft.assumptions());
        header.add("#");
        header.add("# Open questions:");
        bullets(header, draft.openQuestions());
        if (withErrors) {
            List<Diagnostic> shown = errorsOf(draft, allProblems);
            if (!shown.isEmpty()) {
                int shift = shown.size() + 2;
                header.add("#");
                header.add("# Validation errors (fix them, then run dv:approve, which checks again):");
                for (Diagnostic problem : shown) {
                    header.add("# - " + shifted(problem, draft.draftFile(), shift).format());
                }
            }
        }
        return String.join("\n", header) + "\n\n" + draft.yaml();
    }

    /** The errors to list in a draft: its own and those not tied to any draft file. */
    static List<Diagnostic> errorsOf(DraftedSpec draft, List<Diagnostic> allProblems) {
        return allProblems.stream()
                .filter(Diagnostic::isError)
                .filter(d -> d.location().file().equals(draft.draftFile()) || !d.location().file().endsWith(
                        ".draft.yml"))
                .toList();
    }

    private static Diagnostic shifted(Diagnostic diagnostic, String file, int lines) {
        SourceLocation at = diagnostic.location();
        if (!at.file().equals(file) || at.line() <= 0) {
            return diagnostic;
        }
        return new Diagnostic(new SourceLocation(at.file(), at.line() + lines, at.column()), diagnostic.severity(),
                diagnostic.code(), diagnostic.message(), diagnostic.fix());
    }

    /** The same problems with locations as in the written draft files. */
    static List<Diagnostic> asWritten(DraftResult result) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic problem : result.problems()) {
            Diagnostic moved = problem;
            for (DraftedSpec draft : result.drafts()) {
                if (problem.location().file().equals(draft.draftFile())) {
                    moved = shifted(problem, draft.draftFile(), errorsOf(draft, result.problems()).size() + 2);
                }
            }
            out.add(moved);
        }
        return out;
    }

    private static void bullets(List<String> header, List<String> items) {
        if (items.isEmpty()) {
            header.add("# - none");
        }
        for (String item : items) {
            header.add("# - " + item);
        }
    }

    // ---------------------------------------------------------------- prompts

    static String systemPrompt() {
        try (InputStream in = SpecDrafter.class.getResourceAsStream("system-prompt.txt")) {
            if (in == null) {
                throw new IllegalStateException("system-prompt.txt is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String userPrompt(Narrative narrative, List<EntitySpec> known) {
        StringBuilder text = new StringBuilder();
        text.append("Existing specs (entities you may link to; do not draft them again):\n");
        if (known.isEmpty()) {
            text.append("- none\n");
        }
        for (EntitySpec entity : known) {
            text.append("- ").append(entity.name().value());
            if (entity.hub() != null) {
                text.append(": business_key [").append(join(entity.hub().businessKey())).append("]");
            }
            if (!entity.sourceMappings().isEmpty()) {
                text.append("; sources: ").append(entity.sourceMappings().values().stream()
                        .map(SpecDrafter::describe).collect(Collectors.joining(", ")));
            }
            text.append('\n');
        }
        text.append("\nDescription to turn into specs:\n\n").append(narrative.text());
        return text.toString();
    }

    private static String describe(SourceMappingSpec mapping) {
        return mapping.name().value() + " (" + value(mapping.schema()) + "." + value(mapping.table()) + ", key "
                + join(mapping.keyFields()) + ")";
    }

    private static String value(Ident ident) {
        return ident == null ? "?" : ident.value();
    }

    private static String join(List<Ident> idents) {
        return idents.stream().map(Ident::value).collect(Collectors.joining(", "));
    }

    static String repairPrompt(DraftResult result, DraftRequest request) {
        StringBuilder text = new StringBuilder();
        List<Diagnostic> errors = result.errors();
        text.append("Your reply has ").append(count(errors.size(), "error")).append(". ");
        if (result.drafts().isEmpty()) {
            text.append("No spec could be read from it:\n");
        } else {
            text.append("Locations (file:line:column) refer to your drafts rendered as YAML, shown below with "
                    + "line numbers.\n");
        }
        for (Diagnostic error : errors) {
            text.append("- ").append(error.format()).append('\n');
        }
        for (DraftedSpec draft : result.drafts()) {
            text.append("\n").append(draft.draftFile()).append(":\n");
            String[] lines = fileText(draft, request, List.of(), false).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isEmpty() || i < lines.length - 1) {
                    text.append(String.format("%4d | %s%n", i + 1, lines[i]));
                }
            }
        }
        text.append("\nReply with the complete corrected JSON object (all drafts, with assumptions and "
                + "open_questions).");
        return text.toString().replace("\r\n", "\n");
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
