package io.dvmaven.plugin.dbt;

import java.nio.file.Path;

/**
 * A dbt executable that was found and version-checked.
 *
 * @param path    the executable
 * @param version what {@code dbt --version} reported
 * @param origin  where it was found, for the log: {@code <dbtExecutable>}, {@code venv <dir>} or {@code PATH}
 */
public record DbtExecutable(Path path, DbtVersionInfo version, String origin) {

    @Override
    public String toString() {
        return version + " at " + path + " (from " + origin + ")";
    }
}
