package io.dvmaven.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Refuses, before anything is written, to write through a symbolic link in the generated folders that leads
 * outside the project: the plugin only ever touches files of the project it was run on.
 */
final class OutsideProject {

    private OutsideProject() {
    }

    static void check(Path project, Collection<Path> targets) throws IOException {
        Path root = project.toRealPath();
        for (Path folder : new TreeSet<>(targets.stream().map(Path::getParent).toList())) {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                continue;
            }
            Path real = existing.toRealPath();
            if (!real.startsWith(root)) {
                throw new IOException(project.relativize(existing) + " leads outside the project (a symbolic link"
                        + " to " + real + "); generated files are never written through it. Replace the link with"
                        + " a folder, or point it inside the project");
            }
        }
    }
}
