package io.dvmaven.generate;

import java.util.List;

/**
 * Generation would overwrite or delete files edited by hand, or files the plugin did not generate; nothing was
 * written. Carries the conflicting files.
 */
public final class FileConflictException extends Exception {

    /** How to get out of the conflict, as one sentence. */
    public static final String FIX = "revert or move the edits (put hand-written SQL in a model of its own, or "
            + "change the spec or a template override instead), or run with -Ddv.overwrite=true to replace them";

    private final List<PlannedFile> conflicts;

    public FileConflictException(List<PlannedFile> conflicts) {
        super(message(conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    /** The conflicting files, sorted by path. */
    public List<PlannedFile> conflicts() {
        return conflicts;
    }

    /** One line per conflict: {@code models/integration/hubs/h_member.sql: <detail>}. */
    public List<String> lines() {
        return conflicts.stream().map(f -> f.path() + ": " + f.detail()).toList();
    }

    private static String message(List<PlannedFile> conflicts) {
        StringBuilder text = new StringBuilder().append(conflicts.size())
                .append(conflicts.size() == 1 ? " file is" : " files are")
                .append(" in the way of generation, nothing written:");
        conflicts.forEach(f -> text.append('\n').append(f.path()).append(": ").append(f.detail()));
        return text.append("\nTo fix: ").append(FIX).toString();
    }
}
