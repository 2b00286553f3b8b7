package io.dvmaven.generate;

import io.dvmaven.model.DesignLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The content hash of every spec now. A spec whose size and modification time are those the last index recorded is
 * not read again: its recorded hash stands. Like git's "racily clean" rule, that shortcut is taken only for a spec
 * last modified well before the index was written, so an edit in the same clock tick as the last run (on a file
 * system with coarse timestamps) is still read.
 *
 * @param hashes SHA-256 of every spec, by project-relative path
 * @param stats  size and time of every spec as hashed, for the next index
 * @param read   how many specs were read and hashed (the rest were vouched for by the index)
 */
record SpecScan(SortedMap<String, String> hashes, SortedMap<String, GenerationIndex.Stat> stats, int read) {

    /** How much older than the index a spec's time must be for its recorded hash to be trusted. */
    static final long RACY_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(2);

    static SpecScan empty() {
        return new SpecScan(new TreeMap<>(), new TreeMap<>(), 0);
    }

    /**
     * @param recorded  the last index (whatever its fingerprint: spec hashes do not depend on it), or null
     * @param indexFile where that index lies; its modification time bounds which records are trusted
     */
    static SpecScan scan(Path project, Path specDirectory, GenerationIndex recorded, Path indexFile)
            throws IOException {
        long trustedBefore = recorded == null ? Long.MIN_VALUE
                : Files.getLastModifiedTime(indexFile).to(TimeUnit.NANOSECONDS) - RACY_MARGIN_NANOS;
        SortedMap<String, String> hashes = new TreeMap<>();
        SortedMap<String, GenerationIndex.Stat> stats = new TreeMap<>();
        int read = 0;
        for (Map.Entry<String, Path> spec : DesignLoader.specFiles(project, specDirectory).entrySet()) {
            // following links, as the load does: an edit behind a linked spec changes the target's time
            BasicFileAttributes attributes = Files.readAttributes(spec.getValue(), BasicFileAttributes.class);
            GenerationIndex.Stat stat = new GenerationIndex.Stat(attributes.size(),
                    attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            String known = recorded == null ? null : recorded.specs.get(spec.getKey());
            if (known == null || stat.modified() >= trustedBefore
                    || !stat.equals(recorded.specStats.get(spec.getKey()))) {
                known = Hashing.sha256(spec.getValue());
                read++;
            }
            hashes.put(spec.getKey(), known);
            stats.put(spec.getKey(), stat);
        }
        return new SpecScan(hashes, stats, read);
    }
}
