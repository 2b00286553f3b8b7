package io.dvmaven.model;

import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Path;

/**
 * Entry point of the model: reads every spec under a directory, validates each file and the design as a
 * whole, and resolves it into a {@link io.dvmaven.model.vault.Vault}. Never throws for bad input: every
 * problem becomes a {@link Diagnostic}.
 */
public final class DesignLoader {

    private DesignLoader() {
    }

    /**
     * @param projectDirectory the dbt project directory; spec paths in diagnostics are relative to it
     * @param specDirectory    directory holding {@code *.yml}, {@code *.yaml}, {@code *.json} specs
     *                         (searched recursively; files ending {@code .draft.yml} are ignored)
     * @param naming           naming conventions to name every object with
     * @return the loaded design; I/O failures reading a file are reported as diagnostics on that file
     */
    public static DesignResult load(Path projectDirectory, Path specDirectory, NamingConventions naming) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
