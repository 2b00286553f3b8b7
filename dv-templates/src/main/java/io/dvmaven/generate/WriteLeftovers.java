package io.dvmaven.generate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a run that was killed leaves behind: the hidden temporary files of {@link AtomicFiles}
 * ({@code .h_member.sql.4711-3.tmp}) and the hidden staging folders of {@link WriteSession}
 * ({@code .hubs.4711.dv-new}). Both carry the writing process's id; one whose process no longer runs is a leftover
 * and is removed by the next run (a live process may still be writing it).
 */
final class WriteLeftovers {

    private static final Pattern TEMP_FILE = Pattern.compile("\\..+\\.(\\d+)-\\d+\\.tmp");
    private static final Pattern STAGING_FOLDER = Pattern.compile(
            "\\..+\\.(\\d+)(?:-\\d+)?" + Pattern.quote(WriteSession.STAGING_SUFFIX));

    /** What the plan says about a leftover it removes. */
    static final String DETAIL = "left by a run that was interrupted; removed by the next dv:generate";

    private WriteLeftovers() {
    }

    /** True when {@code relative} (a project-relative file path) is a leftover of a process that is gone. */
    static boolean isLeftover(String relative) {
        String[] segments = relative.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (isDeadWriter(STAGING_FOLDER.matcher(segments[i]))) {
                return true;
            }
        }
        return isDeadWriter(TEMP_FILE.matcher(segments[segments.length - 1]));
    }

    /** Removes the leftover temporary files and staging folders directly inside {@code folder}. */
    static void removeIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (isDeadWriter(TEMP_FILE.matcher(name))
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                } else if (isDeadWriter(STAGING_FOLDER.matcher(name))
                        && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static boolean isDeadWriter(Matcher name) {
        if (!name.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(name.group(1));
        } catch (NumberFormatException tooLong) {
            return false;
        }
        return pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }

    private static void deleteTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
