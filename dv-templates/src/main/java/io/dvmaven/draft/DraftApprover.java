package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The review gate's exit: renames {@code <entity>.draft.yml} to {@code <entity>.yml} after checking it again
 * with the project's specs. Refuses when the draft has errors or the target exists; approving several drafts is
 * all or nothing. The file's bytes are kept (the review comments stay until the reviewer deletes them).
 */
public final class DraftApprover {

    /** Value of {@code dv.approve.entity} that approves every draft. */
    public static final String ALL = "all";

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
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path specs = specDirectory.toAbsolutePath().normalize();
        List<Path> drafts = ALL.equals(entity) ? allDrafts(specs) : List.of(specs.resolve(entity + ".draft.yml"));
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
        for (Path draft : drafts) {
            Path target = target(draft);
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
            approved.add(target);
            log.info("Approved " + CandidateValidator.display(project, draft) + " -> "
                    + CandidateValidator.display(project, target));
        }
        if (openQuestions > 0) {
            log.warn("The approved " + (approved.size() == 1 ? "spec still lists " : "specs still list ")
                    + SpecDrafter.count(openQuestions, "open question")
                    + " in the header comments; settle them and delete the comments");
        }
        return approved;
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
