package io.dvmaven.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A file the plugin writes once for a person to complete (a business-rule test): from then on it is theirs, never
 * regenerated, checked for edits or removed. It counts as to do while it still disables itself
 * ({@value #TODO_MARKER}), which the scaffold tells the person to delete once the rule is written.
 *
 * @param path     path relative to the dbt project
 * @param entities entities it was written for
 * @param todo     true while it still holds {@value #TODO_MARKER}
 */
public record UserFile(String path, List<String> entities, boolean todo) {

    /** Text a written-once file keeps until the person completes it. */
    public static final String TODO_MARKER = "config(enabled=false";

    public UserFile {
        entities = List.copyOf(entities);
    }

    /** The file at {@code target} if it exists (as a regular file or anything else in the way), else null. */
    static UserFile existing(Path target, String path, List<String> entities) throws GenerationIoException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return new UserFile(path, entities, false);
        }
        try {
            String content = new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
            return new UserFile(path, entities, content.contains(TODO_MARKER));
        } catch (IOException e) {
            throw new GenerationIoException("read", target, e);
        }
    }
}
