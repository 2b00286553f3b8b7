package io.dvmaven.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

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
        return writeIfChanged(target, content, null);
    }

    /**
     * As {@link #writeIfChanged(Path, String)}, for content whose SHA-256 is known ({@code sha256}; null to
     * compute it only when the file exists).
     */
    static boolean writeIfChanged(Path target, String content, String sha256) throws IOException {
        // compared without a byte copy of the content (it may run to tens of megabytes)
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Hashing.sha256(target).equals(sha256 != null ? sha256 : Hashing.sha256(content))) {
            return false;
        }
        replace(target, out -> writeText(out, content));
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
        replace(target, out -> writeHeaderAndBody(out, header, body));
        return true;
    }

    /** Text written into a writer. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * As {@link #writeIfChanged(Path, String)} for text produced into a writer (a report of a large design runs to
     * tens of megabytes): streamed into the temporary file while it is hashed, never held whole; the temporary
     * file is dropped when the target already holds the same bytes.
     */
    static boolean writeIfChanged(Path target, Text text) throws IOException {
        return replace(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            text.writeTo(writer);
            writer.flush();
        }, temp -> sameBytes(temp, target));
    }

    /**
     * True when {@code target} is a regular file holding exactly the bytes of {@code written}: sizes first, then
     * a byte comparison that stops at the first difference (no hash of either side).
     */
    private static boolean sameBytes(Path written, Path target) throws IOException {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == Files.size(written)
                && Files.mismatch(written, target) == -1L;
    }

    /** Writes {@code content} to {@code file}, which must not exist yet (a file of a folder still being built). */
    static void writeNew(Path file, String content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeText(out, content);
        }
    }

    /** As {@link #writeNew(Path, String)} for content that is {@code header} then the bytes of {@code body}. */
    static void writeNew(Path file, String header, Path body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writeHeaderAndBody(out, header, body);
        }
    }

    /** Bytes written to an open file. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} into a new hidden file beside {@code target} (creating the folder when missing),
     * then renames it over {@code target}. The temporary file is named by process and a counter, not at random:
     * no shared random source for many writer threads to wait on.
     */
    private static void replace(Path target, Content content) throws IOException {
        replace(target, content, temp -> false);
    }

    /** Whether a target already holds what was just written into the temporary file {@code temp}. */
    @FunctionalInterface
    private interface AlreadyThere {
        boolean check(Path temp) throws IOException;
    }

    /** As {@link #replace(Path, Content)}, unless {@code alreadyThere} once the content is written; true if moved. */
    private static boolean replace(Path target, Content content, AlreadyThere alreadyThere) throws IOException {
        String prefix = "." + target.getFileName() + "." + PID + "-";
        while (true) {
            Path temp = target.resolveSibling(prefix + TEMP_COUNTER.incrementAndGet() + ".tmp");
            OutputStream out;
            try {
                out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (NoSuchFileException missingFolder) {
                Files.createDirectories(target.getParent());
                continue;
            } catch (FileAlreadyExistsException taken) {
                continue; // left by a run that was killed: try the next number
            }
            boolean moved = false;
            try {
                try (out) {
                    content.writeTo(out);
                }
                if (alreadyThere.check(temp)) {
                    return false;
                }
                moveIntoPlace(temp, target);
                moved = true;
            } finally {
                if (!moved) {
                    Files.deleteIfExists(temp);
                }
            }
            return true;
        }
    }

    private static void writeText(OutputStream out, String content) throws IOException {
        if (content.length() <= ENCODE_AT_ONCE) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } else {
            // OutputStreamWriter replaces unencodable characters as String.getBytes does
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write(content);
            writer.flush();
        }
    }

    private static void writeHeaderAndBody(OutputStream out, String header, Path body) throws IOException {
        out.write(header.getBytes(StandardCharsets.UTF_8));
        Files.copy(body, out);
    }

    /** Characters encoded in one piece; longer content is streamed through a writer. */
    private static final int ENCODE_AT_ONCE = 1 << 20;

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
