package io.dvmaven.generate;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DesignResult;
import java.util.List;

/**
 * What generation would do, computed without writing anything: the loaded design and, per file, the action.
 * {@code dv:generate} carries it out; drift detection reads it ({@link #isUpToDate()}, {@link #drift()}).
 *
 * @param request  the request it was planned for
 * @param design   the loaded design, with diagnostics and decisions
 * @param entities names of the entities in the design, sorted
 * @param files    every file generated now, every stale file and every conflict, sorted by path; empty when
 *                 the specs have errors (nothing is rendered then)
 * @param userFiles files written once for a person to complete (business-rule tests): those that exist are
 *                 never regenerated or checked for edits, the missing ones are written now; sorted by path
 */
public record GenerationPlan(GenerateRequest request, DesignResult design, List<String> entities,
                             List<PlannedFile> files, List<UserFile> userFiles) {

    public GenerationPlan {
        entities = List.copyOf(entities);
        files = files.stream().sorted().toList();
        userFiles = userFiles.stream().sorted(java.util.Comparator.comparing(UserFile::path)).toList();
    }

    public GenerationPlan(GenerateRequest request, DesignResult design, List<String> entities,
                          List<PlannedFile> files) {
        this(request, design, entities, files, List.of());
    }

    /** User files still to complete (they hold {@link UserFile#TODO_MARKER}), sorted by path. */
    public List<UserFile> todo() {
        return userFiles.stream().filter(UserFile::todo).toList();
    }

    public boolean hasSpecErrors() {
        return design.hasErrors();
    }

    /** Error diagnostics, sorted by location. */
    public List<Diagnostic> specErrors() {
        return design.diagnostics().stream().filter(Diagnostic::isError).sorted().toList();
    }

    /** Warnings and other non-error diagnostics, sorted by location. */
    public List<Diagnostic> warnings() {
        return design.diagnostics().stream().filter(d -> !d.isError()).sorted().toList();
    }

    /** Hand-edited generated files and foreign files in the way, sorted by path. */
    public List<PlannedFile> conflicts() {
        return files.stream().filter(PlannedFile::isConflict).toList();
    }

    public boolean hasConflicts() {
        return files.stream().anyMatch(PlannedFile::isConflict);
    }

    /** Files the specs produce now (every action but removals of stale files). */
    public List<PlannedFile> generatedFiles() {
        return files.stream().filter(PlannedFile::isGenerated).toList();
    }

    /** Files whose state on disk differs from what the specs produce now, sorted by path. */
    public List<PlannedFile> drift() {
        return files.stream().filter(f -> f.action().changesDisk()).toList();
    }

    /** True when the specs are valid and every generated file on disk is exactly as the specs produce it. */
    public boolean isUpToDate() {
        return !hasSpecErrors() && drift().isEmpty();
    }

    public long count(FileAction action) {
        return files.stream().filter(f -> f.action() == action).count();
    }
}
