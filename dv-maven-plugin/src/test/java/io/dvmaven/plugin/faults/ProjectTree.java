package io.dvmaven.plugin.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The regular files of a project (or part of it), each by project-relative path with the SHA-256 of its bytes. */
final class ProjectTree {

    private ProjectTree() {
    }

    static Map<String, String> files(Path project, Predicate<String> include) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String relative = project.relativize(file).toString().replace('\\', '/');
                if (include.test(relative)) {
                    files.put(relative, sha256(Files.readAllBytes(file)));
                }
            }
        }
        return files;
    }

    /** Everything the generator owns: the generated folders. */
    static boolean generated(String relative) {
        return relative.startsWith("models/") || relative.startsWith("macros/") || relative.startsWith("tests/");
    }

    /** A hidden file or a file in a hidden folder: where interrupted writes leave their temporary files. */
    static boolean hidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
