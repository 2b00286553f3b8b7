package io.dvmaven.plugin.dbt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes small executable shell scripts standing in for dbt, python and friends. */
final class Scripts {

    private Scripts() {
    }

    static Path write(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** A fake dbt printing a dbt 1.5+ style version banner. */
    static Path fakeDbt(Path file, String core, String adapters) throws IOException {
        StringBuilder plugins = new StringBuilder();
        for (String adapter : adapters.isEmpty() ? new String[0] : adapters.split(",")) {
            String[] parts = adapter.split("=");
            plugins.append("  - ").append(parts[0]).append(": ").append(parts[1]).append(" - Up to date!\n");
        }
        return write(file, "if [ \"$1\" = \"--version\" ]; then\ncat <<'OUT'\nCore:\n  - installed: " + core
                + "\n  - latest:    1.12.6 - Update available!\n\nPlugins:\n" + plugins + "\nOUT\nexit 0\nfi\n"
                + "echo \"fake dbt $*\"");
    }
}
