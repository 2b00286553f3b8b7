package io.dvmaven.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Who is approving: {@code git config user.name} in the project, else the operating-system user. */
final class GitIdentity {

    private GitIdentity() {
    }

    static String userName(Path directory) {
        try {
            Process process = new ProcessBuilder("git", "config", "user.name").directory(directory.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0) {
                String name = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } else {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // no git on PATH: fall back to the OS user
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.getProperty("user.name", "unknown");
    }
}
