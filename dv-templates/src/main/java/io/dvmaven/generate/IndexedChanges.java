package io.dvmaven.generate;

import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.PendingFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the index of the last run vouches for: files whose specs did not change, and which are on disk as that run
 * left them, need not be rendered nor read. Without an index it vouches for nothing.
 */
final class IndexedChanges {

    private final GenerationIndex previous;
    private final Map<String, GenerationIndex.Stat> disk;
    private final Set<String> changedSpecs;
    private final Map<String, Set<String>> entitySpecs;

    /**
     * @param previous   the index of the last run with the same fingerprint, or null
     * @param disk       size and time of every file under the owned folders (used only with an index)
     * @param specHashes the content hash of every spec now
     */
    IndexedChanges(GenerationIndex previous, Map<String, GenerationIndex.Stat> disk, Map<String, String> specHashes,
                   Vault vault) {
        this.previous = previous;
        this.disk = disk;
        this.changedSpecs = previous == null ? Set.of() : changedSpecs(previous.specs, specHashes);
        this.entitySpecs = previous == null ? Map.of() : entityDependencies(vault);
    }

    /** The file as the last run wrote it, when it need not be rendered again; otherwise null. */
    GenerationIndex.Output unchanged(PendingFile file) {
        GenerationIndex.Output before = previous == null ? null : previous.outputs.get(file.path());
        return before != null && isIntact(before) && !dependsOnChange(file, before) ? before : null;
    }

    /** True when the last run wrote exactly these bytes ({@code sha256}) to {@code path} and they are still there. */
    boolean isUnchanged(String path, String sha256) {
        GenerationIndex.Output before = previous == null ? null : previous.outputs.get(path);
        return before != null && before.sha256().equals(sha256) && isIntact(before);
    }

    /** True when the last run wrote {@code path} and it is still there with the size and time then recorded. */
    boolean isIntact(String path) {
        GenerationIndex.Output before = previous == null ? null : previous.outputs.get(path);
        return before != null && isIntact(before);
    }

    private boolean isIntact(GenerationIndex.Output output) {
        return new GenerationIndex.Stat(output.size(), output.modified()).equals(disk.get(output.path()));
    }

    /** Specs added, removed or changed since the index was written. */
    private static Set<String> changedSpecs(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(now.keySet());
        for (String spec : all) {
            if (!Objects.equals(before.get(spec), now.get(spec))) {
                changed.add(spec);
            }
        }
        return changed;
    }

    /**
     * For every entity, the specs its files can depend on: its own and those of every entity it shares a link
     * with (a stage carries the related hub's key columns; a hub loads from the stages of linking entities).
     */
    private static Map<String, Set<String>> entityDependencies(Vault vault) {
        Map<String, String> specOf = new HashMap<>();
        vault.entities().forEach(e -> specOf.put(e.name(), e.spec().file()));
        Map<String, Set<String>> deps = new HashMap<>();
        vault.entities().forEach(e -> deps.computeIfAbsent(e.name(), k -> new HashSet<>()).add(e.spec().file()));
        for (Link link : vault.links()) {
            List<String> linked = link.hubs().stream().map(LinkedHub::entity).toList();
            for (String a : linked) {
                Set<String> set = deps.computeIfAbsent(a, k -> new HashSet<>());
                set.add(link.spec().file());
                linked.forEach(b -> {
                    String spec = specOf.get(b);
                    if (spec != null) {
                        set.add(spec);
                    }
                });
            }
        }
        return deps;
    }

    /** True when the file, now or as last generated, depends on a changed spec. */
    private boolean dependsOnChange(PendingFile file, GenerationIndex.Output before) {
        Set<String> changed = changedSpecs;
        if (changed.isEmpty()) {
            return false;
        }
        for (SpecRef spec : file.specs()) {
            if (changed.contains(spec.file())) {
                return true;
            }
        }
        for (String spec : before.specs()) {
            if (changed.contains(spec)) {
                return true;
            }
        }
        for (String entity : file.entities()) {
            for (String spec : entitySpecs.getOrDefault(entity, Set.of())) {
                if (changed.contains(spec)) {
                    return true;
                }
            }
        }
        for (String entity : before.entities()) {
            if (!entitySpecs.containsKey(entity)) {
                return true; // an entity it was generated for went away
            }
        }
        return false;
    }
}
