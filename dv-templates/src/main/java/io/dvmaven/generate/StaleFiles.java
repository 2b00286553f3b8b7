package io.dvmaven.generate;

import io.dvmaven.templates.GeneratedHeader;
import java.util.List;

/**
 * What to do with a file under the generated folders that carries the generated header but that no spec
 * produces now. A file the last run's index recorded is the plugin's own: it is removed (or, edited by hand, a
 * conflict). A file the index never recorded only claims to be generated, e.g. a generated model copied by hand:
 * it is never removed, and the run reports it with what to do.
 */
final class StaleFiles {

    static final String UNKNOWN_COPY = "carries the generated header, but the generation index never recorded it "
            + "(a copy of a generated file?); it is not removed. Give it a name of its own and delete its first "
            + "line (the header) so it is checked as a hand-written model, or delete the file";

    static final String EDITED_FOLDER_WIDE = "a folder-wide file of an earlier plugin version, edited by hand; "
            + "every model now has its own <model>.yml and every raw table its own <table>.source.yml. Carry "
            + "your edits into the specs (descriptions, business rules), then delete this file";

    private StaleFiles() {
    }

    /** True for the folder-wide schema.yml and sources.yml that earlier plugin versions generated. */
    private static boolean isFolderWide(String relative) {
        return relative.endsWith("/schema.yml") || relative.endsWith("/sources.yml");
    }

    /** The index of the last successful run (whatever its settings), or null when there is none. */
    static GenerationIndex recorded(GenerateRequest request) {
        return GenerationIndex.read(request.reportDirectory().resolve(GenerationIndex.FILE_NAME)).orElse(null);
    }

    /** @param recorded the last run's index, or null when there is none (then every such file is ours) */
    static PlannedFile plan(String relative, GeneratedHeader header, GenerationIndex recorded) {
        if (recorded != null && !recorded.outputs.containsKey(relative)) {
            return new PlannedFile(relative, FileAction.EDITED_CONFLICT, PlannedFile.STALE, List.of(), List.of(), null,
                    UNKNOWN_COPY);
        }
        if (header.isEdited()) {
            return new PlannedFile(relative, FileAction.EDITED_CONFLICT, PlannedFile.STALE, List.of(), List.of(), null,
                    isFolderWide(relative) ? EDITED_FOLDER_WIDE
                            : "generated earlier and edited by hand since, but no spec produces it any more");
        }
        return new PlannedFile(relative, FileAction.REMOVE_STALE, PlannedFile.STALE, List.of(), List.of(), null,
                "generated earlier, no spec produces it any more");
    }
}
