package io.dvmaven.generate;

import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a run knows from and for the index of generated files.
 *
 * @param used          whether this run reads and writes the index
 * @param file          where the index is kept
 * @param configuration what shapes every generated file (fingerprinted); null when the index is not used
 * @param previous      the index of the last run with the same fingerprint, or null
 * @param recorded      the index of the last run whatever its fingerprint (it tells the plugin's own files from
 *                      hand copies), or null
 * @param disk          size and time of every file under the owned folders (empty when the index is not used)
 * @param specs         the content hash, size and time of every spec now (empty when the index is not used)
 */
record IndexRun(boolean used, Path file, SortedMap<String, String> configuration, GenerationIndex previous,
                GenerationIndex recorded, Map<String, GenerationIndex.Stat> disk, SpecScan specs) {

    /** A run without an index: every file is rendered and compared with the disk. */
    static IndexRun none(Path file) {
        return new IndexRun(false, file, null, null, null, Map.of(), SpecScan.empty());
    }

    SortedMap<String, String> specHashes() {
        return specs.hashes();
    }
}
