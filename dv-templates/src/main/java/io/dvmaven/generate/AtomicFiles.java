package io.dvmaven.generate;

import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        // compared and written without a byte copy of the content (it may run to tens of megabytes)
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Hashing.sha256(target).equals(Hashing.sha256(content))) {
            return false;
        }
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            // OutputStreamWriter replaces unencodable characters as String.getBytes does
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 64 * 1024)) {
                writer.write(content);
            }
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

    /**
     * As {@link #writeIfChanged(Path, String)} for content that is {@code header} followed by the bytes of
     * {@code body} and hashes to {@code sha256}; the body is copied in blocks, never held.
     */
    static boolean writeIfChanged(Path target, String header, Path body, String sha256) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Hashing.sha256(target).equals(sha256)) {
            return false;
        }
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(temp)) {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                Files.copy(body, out);
            }
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
