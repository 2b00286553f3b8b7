package io.dvmaven.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Temporary files of bodies too large to hold (see {@link DvGenerator#spillLimit}), removed as a whole. */
final class SpillFolder implements AutoCloseable {

    private Path directory;

    synchronized Path newFile() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("dv-generate-");
        }
        return Files.createTempFile(directory, "body", ".tmp");
    }

    /** Where spilled bodies go, for messages. */
    static Path location() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    @Override
    public synchronized void close() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // temporary files only
        }
        directory = null;
    }
}
