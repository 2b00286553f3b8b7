package io.dvmaven.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes one run's files, each atomically and only when its bytes change. A folder that does not exist yet is
 * not built file by file in place: its files are written straight into a hidden sibling folder, which
 * {@link #commit} renames into place, so the whole folder appears at once and no file needs a rename of its
 * own (on a first generation that is every file). Files in existing folders go through
 * {@link AtomicFiles}.
 *
 * <p>{@link #prepare} runs on one thread; {@link #write} calls may then run on many.
 */
final class WriteSession implements AutoCloseable {

    /** Suffix of the hidden folder a new folder is built in. */
    static final String STAGING_SUFFIX = ".dv-new";

    /** Target folder → folder its files are written to (itself, or its place inside a staging folder). */
    private final Map<Path, Path> writeFolder = new HashMap<>();
    /** New folder → the hidden sibling it is built in, in the order they were set up. */
    private final Map<Path, Path> staging = new LinkedHashMap<>();
    private boolean committed;

    /**
     * Sets up where the files of {@code targets} go: a target whose folder is missing is assigned to the
     * staging folder of its topmost missing ancestor below its root. The roots ({@code roots}, such as
     * {@code models}) are created in place, so every staging folder lies inside one, where a run that was killed
     * leaves it to the next run's removal of stale generated files.
     */
    void prepare(Path project, Collection<Path> roots, Collection<Path> targets) throws IOException {
        OutsideProject.check(project, targets);
        for (Path root : roots) {
            if (targets.stream().anyMatch(target -> target.startsWith(root))) {
                Files.createDirectories(root);
            }
        }
        for (Path folder : new TreeSet<>(targets.stream().map(Path::getParent).toList())) {
            Path existing = folder;
            while (!existing.equals(project) && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing.equals(folder) || !Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
                writeFolder.put(folder, folder); // in place; a file in the way fails the write with its name
                continue;
            }
            Path newRoot = existing.resolve(existing.relativize(folder).getName(0));
            Path stagingFolder = staging.get(newRoot);
            if (stagingFolder == null) {
                stagingFolder = createStagingFolder(newRoot);
                staging.put(newRoot, stagingFolder);
            }
            Path inside = stagingFolder.resolve(newRoot.relativize(folder).toString());
            Files.createDirectories(inside);
            writeFolder.put(folder, inside);
        }
    }

    private static Path createStagingFolder(Path newRoot) throws IOException {
        WriteLeftovers.removeIn(newRoot.getParent()); // an earlier, killed run's attempt at the same folder
        String base = "." + newRoot.getFileName() + "." + ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path candidate = newRoot.resolveSibling(base + (attempt == 0 ? "" : "-" + attempt) + STAGING_SUFFIX);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException taken) {
                // left by a run that was killed; keep looking for a free name
            } catch (FileSystemException e) {
                // named after the folder being created, not its hidden stand-in
                throw new FileSystemException(newRoot.toString(), null, e.getReason());
            }
        }
    }

    /**
     * Writes {@code content} (SHA-256 {@code sha256}, null if not known) for {@code target}.
     *
     * @return where the bytes now are (the target, or its place in a staging folder until {@link #commit}),
     *     or empty when the target already held them
     */
    Optional<Path> write(Path target, String content, String sha256) throws IOException {
        Path staged = stagedPath(target);
        if (staged == null) {
            return AtomicFiles.writeIfChanged(target, content, sha256) ? Optional.of(target) : Optional.empty();
        }
        AtomicFiles.writeNew(staged, content);
        return Optional.of(staged);
    }

    /** As {@link #write(Path, String, String)} for content that is {@code header} then the bytes of {@code body}. */
    Optional<Path> write(Path target, String header, Path body, String sha256) throws IOException {
        Path staged = stagedPath(target);
        if (staged == null) {
            return AtomicFiles.writeIfChanged(target, header, body, sha256) ? Optional.of(target)
                    : Optional.empty();
        }
        AtomicFiles.writeNew(staged, header, body);
        return Optional.of(staged);
    }

    /** The place of {@code target} in a staging folder, or null when it is written in place. */
    private Path stagedPath(Path target) {
        Path folder = writeFolder.get(target.getParent());
        return folder == null || folder.equals(target.getParent()) ? null : folder.resolve(target.getFileName());
    }

    /**
     * Renames every staging folder into place. If its folder has appeared meanwhile, its files are moved in one
     * by one instead.
     */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> entry : staging.entrySet()) {
            Path newRoot = entry.getKey();
            Path stagingFolder = entry.getValue();
            try {
                Files.move(stagingFolder, newRoot, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!Files.isDirectory(newRoot, LinkOption.NOFOLLOW_LINKS)) {
                    throw e;
                }
                // it appeared meanwhile, with content (rename(2) reports "not empty" in several ways)
                moveFilesInto(stagingFolder, newRoot);
                deleteTree(stagingFolder);
            }
        }
        committed = true;
    }

    private static void moveFilesInto(Path stagingFolder, Path newRoot) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stagingFolder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = newRoot.resolve(stagingFolder.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes staging folders that were not committed: their files never became visible. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        List<IOException> failures = new ArrayList<>();
        for (Path stagingFolder : staging.values()) {
            try {
                deleteTree(stagingFolder);
            } catch (IOException | UncheckedIOException e) {
                failures.add(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
