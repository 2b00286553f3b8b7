package io.dvmaven.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last successful {@code generate} produced, kept in {@code target/dv/generate.index} so the next run
 * can skip work. The first line fingerprints everything that shapes every file (plugin version, effective
 * configuration, the content of every template in use); when it differs the whole index is ignored. Then come
 * the content hash of every spec, and for every generated file its content hash, size, modification time and the
 * specs it was rendered from; last, the other files seen in the generated folders (size and time), so a file
 * dropped there also sends the next run down the full path.
 *
 * <p>Text, one entry per line, tab-separated, sorted: readable in a diff, deterministic.
 */
final class GenerationIndex {

    static final String FILE_NAME = "generate.index";
    private static final String HEADER = "dv-generate-index 2";

    /** A generated file as written. */
    record Output(String path, String sha256, long size, long modified, String kind, List<String> entities,
                  List<String> specs) {
        Output {
            entities = List.copyOf(entities);
            specs = List.copyOf(specs);
        }
    }

    /** Size and modification time of a file on disk, in nanoseconds since the epoch. */
    record Stat(long size, long modified) {
    }

    final String fingerprint;
    final SortedMap<String, String> configuration;
    final SortedMap<String, String> specs;
    /** Size and time of each spec when it was hashed; a spec missing here is hashed again. */
    final SortedMap<String, Stat> specStats;
    final SortedMap<String, Output> outputs;
    final SortedMap<String, Stat> others;
    final List<String> warnings;
    /** Files written once for a person to complete, as planned; they are in {@link #others} too. */
    final List<UserFile> userFiles;

    GenerationIndex(SortedMap<String, String> configuration, SortedMap<String, String> specs,
                    SortedMap<String, Stat> specStats, SortedMap<String, Output> outputs,
                    SortedMap<String, Stat> others, List<String> warnings, List<UserFile> userFiles) {
        this.fingerprint = fingerprint(configuration);
        // callers hand over maps they no longer change: no copies of the large ones
        this.configuration = configuration;
        this.specs = specs;
        this.specStats = specStats;
        this.outputs = outputs;
        this.others = others;
        this.warnings = List.copyOf(warnings);
        this.userFiles = List.copyOf(userFiles);
    }

    static String fingerprint(SortedMap<String, String> configuration) {
        StringBuilder text = new StringBuilder();
        configuration.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Why this index no longer fits {@code configuration}: the entries that changed, appeared or went away. */
    String differences(SortedMap<String, String> configuration) {
        TreeSet<String> keys = new TreeSet<>(this.configuration.keySet());
        keys.addAll(configuration.keySet());
        List<String> changed = keys.stream()
                .filter(k -> !Objects.equals(this.configuration.get(k), configuration.get(k))).toList();
        return changed.isEmpty() ? "fingerprint differs" : String.join(", ", changed) + " changed";
    }

    /** True when the generated folders hold exactly the files recorded, each with the size and time recorded. */
    boolean matchesDisk(Map<String, Stat> disk) {
        if (disk.size() != outputs.size() + others.size()) {
            return false;
        }
        // looked up in the scan's hash map, not in the sorted maps: one hash per file instead of a tree descent
        for (Output output : outputs.values()) {
            Stat stat = disk.get(output.path());
            if (stat == null || stat.size() != output.size() || stat.modified() != output.modified()) {
                return false;
            }
        }
        for (Map.Entry<String, Stat> other : others.entrySet()) {
            if (outputs.containsKey(other.getKey()) || !other.getValue().equals(disk.get(other.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The index as text, streamed (that of a large design runs to tens of megabytes). */
    void writeTo(Appendable out) throws IOException {
        out.append(HEADER).append('\t').append(fingerprint).append('\n');
        for (Map.Entry<String, String> entry : configuration.entrySet()) {
            line(out, "config", entry.getKey(), entry.getValue());
        }
        for (Map.Entry<String, String> spec : specs.entrySet()) {
            Stat stat = specStats.get(spec.getKey());
            if (stat == null) {
                line(out, "spec", spec.getKey(), spec.getValue());
            } else {
                line(out, "spec", spec.getKey(), spec.getValue(), Long.toString(stat.size()),
                        Long.toString(stat.modified()));
            }
        }
        for (Output o : outputs.values()) {
            line(out, "out", o.path(), o.sha256(), Long.toString(o.size()), Long.toString(o.modified()), o.kind(),
                    String.join(",", o.entities()), String.join(",", o.specs()));
        }
        for (Map.Entry<String, Stat> other : others.entrySet()) {
            line(out, "other", other.getKey(), Long.toString(other.getValue().size()),
                    Long.toString(other.getValue().modified()));
        }
        for (String warning : warnings) {
            line(out, "warn", warning);
        }
        for (UserFile user : userFiles) {
            line(out, "user", user.path(), Boolean.toString(user.todo()), String.join(",", user.entities()));
        }
    }

    /** The index in {@code file}; empty when there is none or it cannot be read (then the run is a full one). */
    static Optional<GenerationIndex> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith(HEADER + "\t")) {
                return Optional.empty();
            }
            SortedMap<String, String> configuration = new TreeMap<>();
            SortedMap<String, String> specs = new TreeMap<>();
            SortedMap<String, Stat> specStats = new TreeMap<>();
            SortedMap<String, Output> outputs = new TreeMap<>();
            SortedMap<String, Stat> others = new TreeMap<>();
            List<String> warnings = new ArrayList<>();
            List<UserFile> userFiles = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = split(line);
                switch (f[0]) {
                    case "config" -> configuration.put(f[1], f[2]);
                    case "spec" -> {
                        specs.put(f[1], f[2]);
                        if (f.length >= 5) {
                            specStats.put(f[1], new Stat(Long.parseLong(f[3]), Long.parseLong(f[4])));
                        }
                    }
                    case "out" -> outputs.put(f[1], new Output(f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]),
                            f[5], list(f[6]), list(f[7])));
                    case "other" -> others.put(f[1], new Stat(Long.parseLong(f[2]), Long.parseLong(f[3])));
                    case "warn" -> warnings.add(f[1]);
                    case "user" -> userFiles.add(new UserFile(f[1], list(f[3]), Boolean.parseBoolean(f[2])));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            GenerationIndex index = new GenerationIndex(configuration, specs, specStats, outputs, others, warnings,
                    userFiles);
            // a hand-edited or truncated index is not trusted
            return index.fingerprint.equals(lines.get(0).substring(HEADER.length() + 1)) ? Optional.of(index)
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> list(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static void line(Appendable out, String type, String... fields) throws IOException {
        out.append(type);
        for (String field : fields) {
            out.append('\t').append(escape(field));
        }
        out.append('\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String[] split(String line) {
        String[] fields = line.split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unescape(fields[i]);
        }
        return fields;
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
