package io.dvmaven.generate;

import java.io.IOException;
import java.nio.file.Path;

/** Reading or writing a file of the dbt project failed: a problem of the environment, not of the specs. */
public final class GenerationIoException extends Exception {

    private final Path path;

    public GenerationIoException(String action, Path path, IOException cause) {
        super("Could not " + action + " " + path + ": " + describe(cause), cause);
        this.path = path;
    }

    /** The file or directory that failed. */
    public Path path() {
        return path;
    }

    private static String describe(IOException cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }
}
