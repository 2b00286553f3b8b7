package io.dvmaven.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The benchmark's file work: cleaning a project between runs, and telling from snapshots what a run wrote. */
final class BenchmarkFiles {

    private BenchmarkFiles() {
    }

    /** Removes everything generation wrote, keeping the specs. */
    static void clean(Path project) throws IOException {
        for (String folder : List.of("models", "macros", "tests", "target")) {
            delete(project.resolve(folder));
        }
    }

    /** Every file but the specs, with what identifies a write: size, modification time and file key. */
    static Map<Path, String> snapshot(Path project) {
        Map<Path, String> files = new HashMap<>();
        try {
            Files.walkFileTree(project, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return dir.equals(project.resolve("specs")) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    files.put(file, attrs.size() + "|" + attrs.lastModifiedTime().toInstant() + "|"
                            + attrs.fileKey());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Bytes of the files that are new or whose size, time or identity changed between two snapshots. */
    static long writtenBytes(Map<Path, String> before, Map<Path, String> after) {
        long bytes = 0;
        for (Map.Entry<Path, String> file : after.entrySet()) {
            if (!Objects.equals(before.get(file.getKey()), file.getValue())) {
                bytes += Long.parseLong(file.getValue().substring(0, file.getValue().indexOf('|')));
            }
        }
        return bytes;
    }

    static long totalBytes(Path project) {
        return snapshot(project).values().stream()
                .mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf('|')))).sum();
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
