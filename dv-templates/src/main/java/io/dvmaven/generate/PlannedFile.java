package io.dvmaven.generate;

import io.dvmaven.model.vault.SpecRef;
import java.util.List;
import java.util.Objects;

/**
 * One file and what generation does with it.
 *
 * @param path     path relative to the dbt project, forward slashes
 * @param action   what happens to it
 * @param kind     what it is ({@code hub}, {@code schema}, ...) as the renderer named it; {@code stale} for a
 *                 file no spec produces any more
 * @param entities entities it is generated for, sorted; empty for stale files
 * @param specs    specs it depends on, sorted; empty for stale files
 * @param content  the content the specs produce now; {@code null} when no spec produces the file, for an
 *                 {@link FileAction#UNCHANGED} file, and when the plan did not keep it (a large design: the
 *                 generator renders it again to write it)
 * @param detail   why this action, for people ({@code body edited by hand: ...}); never {@code null}
 */
public record PlannedFile(String path, FileAction action, String kind, List<String> entities, List<SpecRef> specs,
                          String content, String detail) implements Comparable<PlannedFile> {

    public PlannedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        entities = List.copyOf(entities);
        specs = List.copyOf(specs);
        Objects.requireNonNull(detail, "detail");
    }

    /** True when a spec produces this file now (false for files that would be removed). */
    public boolean isGenerated() {
        return content != null || action == FileAction.UNCHANGED || !STALE.equals(kind);
    }

    /** Kind of a file no spec produces any more. */
    static final String STALE = "stale";

    /** The same entry without its content. */
    PlannedFile withoutContent() {
        return new PlannedFile(path, action, kind, entities, specs, null, detail);
    }

    /** True for a file that carries the generated header but that the generation index never recorded (a copy). */
    public boolean isUnrecordedCopy() {
        return action == FileAction.EDITED_CONFLICT && StaleFiles.UNKNOWN_COPY.equals(detail);
    }

    public boolean isConflict() {
        return action.isConflict();
    }

    @Override
    public int compareTo(PlannedFile other) {
        return path.compareTo(other.path);
    }
}
