package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code dv:draft} or {@code dv:approve} stopped for a reason the user must act on. The message says what
 * happened and what to do; {@link #diagnostics()} lists the spec problems, each with location and fix.
 */
public final class DraftException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the goal stopped. */
    public enum Reason {
        /** The project's own specs have errors, so no draft could be checked against them. */
        EXISTING_SPECS_INVALID,
        /** Neither dv.draft.input nor a marked narrative file. */
        NO_NARRATIVE,
        /** A draft file of the same entity exists and overwriting was not asked for. */
        DRAFT_EXISTS,
        /** The model's reply was still not a valid spec after the repair rounds. */
        DRAFT_INVALID,
        /** Nothing to approve. */
        NO_DRAFT,
        /** dv:approve: the approved spec file exists already. */
        TARGET_EXISTS,
        /** dv:approve: the draft does not validate. */
        APPROVE_INVALID
    }

    private final Reason reason;
    private final transient List<Diagnostic> diagnostics;
    private final transient List<Path> writtenFiles;

    public DraftException(Reason reason, String message, List<Diagnostic> diagnostics, List<Path> writtenFiles) {
        super(message);
        this.reason = reason;
        this.diagnostics = List.copyOf(diagnostics);
        this.writtenFiles = List.copyOf(writtenFiles);
    }

    public DraftException(Reason reason, String message) {
        this(reason, message, List.of(), List.of());
    }

    public Reason reason() {
        return reason;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Draft files written before stopping (a draft that never validated is still written for review). */
    public List<Path> writtenFiles() {
        return writtenFiles;
    }
}
