package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The review gate's exit: turns {@code <entity>.draft.yml} into {@code <entity>.yml} after checking it again
 * with the project's specs, and records the approval ({@link ApprovalLedger}). Refuses when the draft has errors
 * or the target exists; approving several drafts is all or nothing. The lines that mark the file as a draft go;
 * the assumptions and open questions stay until the reviewer deletes them. Entity parameters are names, never
 * paths.
 */
public final class DraftApprover {

    /** Value of {@code dv.approve.entity} that approves every draft. */
    public static final String ALL = "all";
    private static final Pattern ENTITY_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final DvLog log;

    public DraftApprover(DvLog log) {
        this.log = log;
    }

    /**
     * @param entity entity name or {@link #ALL}
     * @return the approved spec files
     */
    public List<Path> approve(Path projectDirectory, Path specDirectory, NamingConventions naming, String entity)
            throws DraftException, IOException {
        return approve(projectDirectory, specDirectory, naming, entity, "unknown", Instant.EPOCH);
    }

    /**
     * Approves and records the approval in {@link ApprovalLedger} (who, when, model, narrative hash, spec hash).
     *
     * @param approvedBy who approves (git user name or a parameter)
     * @param now        the time recorded
     * @return the approved spec files
     */
    @SuppressWarnings("unchecked")
    public List<Path> approve(Path projectDirectory, Path specDirectory, NamingConventions naming, String entity,
                              String approvedBy, Instant now) throws DraftException, IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path specs = specDirectory.toAbsolutePath().normalize();
        if (!ALL.equals(entity) && !ENTITY_NAME.matcher(entity).matches()) {
            throw new DraftException(DraftException.Reason.NO_DRAFT, "entity '" + entity + "' is not an entity name "
                    + "(lower snake_case, no path); nothing was approved" + available(specs));
        }
        List<Path> drafts = ALL.equals(entity) ? allDrafts(specs) : List.of(specs.resolve(entity + ".draft.yml"));
        if (!ALL.equals(entity) && !Files.isRegularFile(drafts.get(0))) {
            List<Path> again = reapprove(project, specs, naming, entity, approvedBy, now);
            if (!again.isEmpty()) {
                return again;
            }
        }
        if (drafts.isEmpty() || !Files.isRegularFile(drafts.get(0))) {
            throw new DraftException(DraftException.Reason.NO_DRAFT, ALL.equals(entity)
                    ? "there is no *.draft.yml file in " + CandidateValidator.display(project, specs)
                    : CandidateValidator.display(project, drafts.get(0)) + " does not exist" + available(specs));
        }
        List<String> conflicts = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        int openQuestions = 0;
        for (Path draft : drafts) {
            Path target = target(draft);
            if (Files.exists(target)) {
                conflicts.add(CandidateValidator.display(project, target));
            }
            String text = Files.readString(draft, StandardCharsets.UTF_8);
            texts.put(draft.getFileName().toString(), text);
            openQuestions += openQuestions(text);
        }
        if (!conflicts.isEmpty()) {
            throw new DraftException(DraftException.Reason.TARGET_EXISTS, String.join(", ", conflicts)
                    + (conflicts.size() == 1 ? " exists" : " exist") + " already; nothing was approved. Merge the "
                    + "draft into it by hand, or delete the existing spec first");
        }
        List<Diagnostic> diagnostics = CandidateValidator.validate(project, specs, naming, texts);
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new DraftException(DraftException.Reason.APPROVE_INVALID, "the draft"
                    + (drafts.size() == 1 ? " has " : "s have ") + SpecDrafter.count(errors.size(), "error")
                    + "; nothing was approved", errors, List.of());
        }
        diagnostics.stream().filter(d -> !d.isError()).forEach(d -> log.warn(d.format()));
        List<Path> approved = new ArrayList<>();
        List<ApprovalLedger.Approval> records = new ArrayList<>();
        for (Path draft : drafts) {
            Path target = target(draft);
            String text = texts.get(draft.getFileName().toString());
            DraftHeaders.Origin origin = DraftHeaders.origin(text);
            byte[] approvedBytes = DraftHeaders.withoutDraftMarker(text).getBytes(StandardCharsets.UTF_8);
            Path temp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.write(temp, approvedBytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(draft);
            approved.add(target);
            String name = target.getFileName().toString().replaceFirst("\\.(yml|yaml|json)$", "");
            ApprovalLedger.Approval record = new ApprovalLedger.Approval(name,
                    CandidateValidator.display(project, target), approvedBy, now.toString(),
                    origin == null ? null : origin.model(), origin == null ? null : origin.narrative(),
                    origin == null ? null : narrativeHash(project, origin.narrative()),
                    ApprovalLedger.sha256(approvedBytes));
            records.add(record);
            Map<String, Object> feedback = DraftFeedback.record(project, record, new String(approvedBytes,
                    StandardCharsets.UTF_8));
            if (feedback != null) {
                log.info("Recorded the review's edits in " + DraftFeedback.DIRECTORY + "/" + name + ".log ("
                        + (Boolean.TRUE.equals(feedback.get("edited")) ? "edited: " + String.join(", ",
                        ((Map<String, Object>) feedback.get("fields")).keySet()) : "approved without edits") + ")");
            }
            log.info("Approved " + CandidateValidator.display(project, draft) + " -> "
                    + CandidateValidator.display(project, target));
        }
        new ApprovalLedger(project).record(records);
        log.info("Recorded the approval in " + ApprovalLedger.FILE_NAME + " (by " + approvedBy + "); commit it with "
                + "the spec");
        if (openQuestions > 0) {
            log.warn("The approved " + (approved.size() == 1 ? "spec still lists " : "specs still list ")
                    + SpecDrafter.count(openQuestions, "open question")
                    + " in the header comments; settle them and delete the comments");
        }
        return approved;
    }

    /** An approved spec edited since: checked again and its approval recorded anew (same origin). */
    private List<Path> reapprove(Path project, Path specs, NamingConventions naming, String entity, String approvedBy,
                                 Instant now) throws DraftException, IOException {
        ApprovalLedger ledger = new ApprovalLedger(project);
        for (ApprovalLedger.Approval earlier : ledger.read()) {
            Path spec = project.resolve(earlier.spec()).normalize();
            if (!earlier.entity().equals(entity) || !spec.startsWith(specs) || !Files.isRegularFile(spec)) {
                continue;
            }
            List<Diagnostic> errors = CandidateValidator.validate(project, specs, naming, Map.of()).stream()
                    .filter(Diagnostic::isError).toList();
            if (!errors.isEmpty()) {
                throw new DraftException(DraftException.Reason.APPROVE_INVALID, "the specs have "
                        + SpecDrafter.count(errors.size(), "error") + "; nothing was approved", errors, List.of());
            }
            ledger.record(List.of(new ApprovalLedger.Approval(entity, earlier.spec(), approvedBy, now.toString(),
                    earlier.model(), earlier.narrative(), earlier.narrativeSha256(),
                    ApprovalLedger.sha256(Files.readAllBytes(spec)))));
            log.info("Approved the current " + earlier.spec() + " again (it was edited since " + earlier.approvedBy()
                    + " approved it at " + earlier.approvedAt() + ")");
            return List.of(spec);
        }
        return List.of();
    }

    private static String narrativeHash(Path project, String narrative) throws IOException {
        Path file = project.resolve(narrative).normalize();
        return Files.isRegularFile(file) ? ApprovalLedger.sha256(Files.readAllBytes(file)) : null;
    }

    private static Path target(Path draft) {
        String name = draft.getFileName().toString().replaceFirst("\\.draft\\.(yml|yaml|json)$", ".$1");
        return draft.resolveSibling(name);
    }

    private static List<Path> allDrafts(Path specs) throws IOException {
        if (!Files.isDirectory(specs)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(specs)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> CandidateValidator.isDraft(p.getFileName().toString()))
                    .sorted().toList();
        }
    }

    private static String available(Path specs) throws IOException {
        List<String> names = allDrafts(specs).stream().map(p -> p.getFileName().toString()
                .replaceFirst("\\.draft\\.(yml|yaml|json)$", "")).toList();
        return names.isEmpty() ? " (there are no drafts; run dv:draft first)"
                : " (drafts: " + String.join(", ", names) + ", or all)";
    }

    /** Open questions listed in a draft header written by dv:draft (not "none"). */
    static int openQuestions(String text) {
        int count = 0;
        boolean inQuestions = false;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            if (line.startsWith("# Open questions:")) {
                inQuestions = true;
            } else if (inQuestions && line.startsWith("# - ")) {
                if (!line.equals("# - none")) {
                    count++;
                }
            } else if (inQuestions) {
                inQuestions = false;
            }
        }
        return count;
    }
}
