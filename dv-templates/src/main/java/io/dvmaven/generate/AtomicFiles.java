package io.dvmaven.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** Writes files so a reader sees the old or the new bytes, never half of them, and only when bytes change. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} through a temporary file in the same directory and an atomic
     * rename, unless the file already holds exactly these bytes.
     *
     * @return true when the file was written
     */
    static boolean writeIfChanged(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }
}
