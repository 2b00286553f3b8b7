package io.dvmaven.init;

import java.nio.file.Path;

/** The directory cannot be set up as it is (e.g. an unreadable {@code dbt_project.yml}); the user must fix it. */
public final class InitException extends Exception {

    private final Path path;
    private final String fix;

    public InitException(Path path, String message, String fix) {
        super(message);
        this.path = path;
        this.fix = fix;
    }

    /** The file in the way. */
    public Path path() {
        return path;
    }

    /** How to fix it, starting with a verb. */
    public String fix() {
        return fix;
    }
}
