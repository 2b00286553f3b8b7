package io.dvmaven.model.parse;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.spec.EntitySpec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The parse of every YAML/JSON spec of the last run, by spec path and content hash, so that a run after a few
 * edits parses only the edited specs. The specs are spread over {@value #SHARDS} files by path, so that a run
 * rewrites only the files of the specs it parsed afresh, and the files are read on several threads. Each file is
 * written atomically with a checksum; it is valid only for the key it was written with (the plugin build and the
 * configuration), and a missing, damaged or foreign file counts as empty: the worst a cache can do is cost a parse,
 * never change a result.
 */
public final class SpecCache {

    /** Name of the cache folder in the report directory. */
    public static final String DIRECTORY_NAME = "spec-cache";

    private static final String MAGIC = "dv-maven-plugin spec cache";
    private static final int FORMAT = 1;
    private static final int SHARDS = 16;
    /** Only the model's own types and the JDK's collections and values may be read back. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "io.dvmaven.model.**;java.util.*;java.lang.*;java.time.*;!*");

    /**
     * One spec file's parse.
     *
     * @param spec    path relative to the project
     * @param sha256  SHA-256 of the file's bytes
     */
    public record ParsedSpec(String spec, String sha256, List<EntitySpec> entities, List<Diagnostic> diagnostics,
                             List<Decision> decisions) implements Serializable {
    }

    private final Path directory;
    private final String key;
    private final Map<String, ParsedSpec> recorded;
    private final Map<String, ParsedSpec> current = new ConcurrentHashMap<>();
    private final Set<Integer> parsedShards = ConcurrentHashMap.newKeySet();

    private SpecCache(Path directory, String key, Map<String, ParsedSpec> recorded) {
        this.directory = directory;
        this.key = key;
        this.recorded = recorded;
    }

    /** A cache that holds nothing and writes nothing. */
    public static SpecCache none() {
        return new SpecCache(null, "", Map.of());
    }

    /**
     * The cache in {@code directory} as far as it was written with {@code key} by this very build of the parser;
     * {@link #save} writes with them.
     *
     * @param key what else a parse may depend on (the caller's configuration fingerprint)
     */
    public static SpecCache open(Path directory, String key) {
        String fullKey = key + "|" + BUILD;
        Map<String, ParsedSpec> recorded = new HashMap<>();
        if (Files.isDirectory(directory)) {
            IntStream.range(0, SHARDS).parallel().mapToObj(shard -> read(file(directory, shard), fullKey, shard))
                    .toList().forEach(recorded::putAll);
        }
        return new SpecCache(directory, fullKey, recorded);
    }

    /**
     * The build of the parser: its jar's name, size and time, so that a rebuilt snapshot of the same version does
     * not trust the parses of the one before.
     */
    private static final String BUILD = build();

    private static String build() {
        try {
            Path code = Path.of(SpecCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code)
                    ? code.getFileName() + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
                    : code.toString();
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown build " + System.nanoTime(); // never matches: parse everything
        }
    }

    /** The parse of {@code spec} when the cache holds one of these very bytes ({@code sha256}); otherwise null. */
    public ParsedSpec get(String spec, String sha256) {
        ParsedSpec parsed = recorded.get(spec);
        if (parsed == null || !parsed.sha256().equals(sha256)) {
            return null;
        }
        current.put(spec, parsed);
        return parsed;
    }

    /** Records a fresh parse for the next run. */
    public void put(ParsedSpec parsed) {
        current.put(parsed.spec(), parsed);
        parsedShards.add(shard(parsed.spec()));
    }

    /** Number of specs {@link #get} found. */
    public int hits() {
        return (int) current.values().stream().filter(p -> recorded.get(p.spec()) == p).count();
    }

    /**
     * Writes the files whose specs changed: a spec parsed afresh, or one recorded that this run did not read (deleted
     * or renamed). Each file is a temporary file renamed over the old one.
     */
    public void save() throws IOException {
        if (directory == null) {
            return;
        }
        Set<Integer> dirty = new TreeSet<>(parsedShards);
        recorded.keySet().stream().filter(spec -> !current.containsKey(spec)).forEach(spec -> dirty.add(shard(spec)));
        if (dirty.isEmpty()) {
            return;
        }
        Files.createDirectories(directory);
        Map<Integer, List<ParsedSpec>> byShard = new TreeMap<>();
        new TreeMap<>(current).values().forEach(p -> byShard.computeIfAbsent(shard(p.spec()), s -> new ArrayList<>())
                .add(p));
        List<IOException> failures = dirty.parallelStream().map(shard -> {
            try {
                write(file(directory, shard), byShard.getOrDefault(shard, List.of()));
                return null;
            } catch (IOException e) {
                return e;
            }
        }).filter(Objects::nonNull).toList();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private void write(Path file, List<ParsedSpec> specs) throws IOException {
        if (specs.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(new ArrayList<>(specs));
        }
        Path temporary = Files.createTempFile(file.getParent(), ".spec-cache", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
                 DataOutputStream data = new DataOutputStream(out)) {
                data.writeUTF(MAGIC);
                data.writeInt(FORMAT);
                data.writeUTF(key);
                data.writeInt(bytes.size());
                data.write(sha256(bytes.toByteArray()));
                bytes.writeTo(data);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path file(Path directory, int shard) {
        return directory.resolve(String.format("%02d.bin", shard));
    }

    private static int shard(String spec) {
        return Math.floorMod(spec.hashCode(), SHARDS);
    }

    private static Map<String, ParsedSpec> read(Path file, String key, int shard) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             DataInputStream data = new DataInputStream(in)) {
            if (!MAGIC.equals(data.readUTF()) || data.readInt() != FORMAT || !key.equals(data.readUTF())) {
                return Map.of();
            }
            int length = data.readInt();
            byte[] checksum = data.readNBytes(32);
            byte[] part = data.readNBytes(Math.max(0, length));
            if (part.length != length || data.read() != -1 || !MessageDigest.isEqual(checksum, sha256(part))) {
                return Map.of(); // damaged: a flipped byte must not become a different parse
            }
            Map<String, ParsedSpec> parsed = new HashMap<>();
            try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(part))) {
                objects.setObjectInputFilter(ALLOWED);
                for (Object item : (List<?>) objects.readObject()) {
                    ParsedSpec spec = (ParsedSpec) item;
                    if (shard(spec.spec()) == shard) {
                        parsed.put(spec.spec(), spec);
                    }
                }
            }
            return parsed;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Map.of(); // unreadable or from another build: its specs are parsed
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
