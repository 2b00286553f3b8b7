package io.dvmaven.bench;

import io.dvmaven.generate.DvGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One design size of the {@link ColdBenchmark}: a project on disk, the scenarios run as fresh processes in
 * turn (so every scenario sees the same machine load), and the medians.
 */
final class ColdSeries implements AutoCloseable {

    /** The plugin's debug line with its phase times: {@code Timings: load 380 ms, render 700 ms, ...}. */
    private static final Pattern TIMINGS = Pattern.compile("Timings: (.*)$", Pattern.MULTILINE);
    private static final Pattern PHASE = Pattern.compile("([\\w +-]+?) (\\d+) ms");
    /** Owned output roots, as the generator defines them. */
    private static final List<String> OUTPUTS = DvGenerator.OWNED_ROOTS;

    private final ColdBenchmark.Options options;
    private final int entities;
    private final Path root;
    private final Path project;
    private final SyntheticDesign design;

    ColdSeries(ColdBenchmark.Options options, int entities) throws IOException {
        this.options = options;
        this.entities = entities;
        Files.createDirectories(options.workDir);
        this.root = Files.createTempDirectory(options.workDir, "dv-cold-" + entities + "-");
        this.project = root.resolve("project");
        this.design = new SyntheticDesign(entities, options.satellites, options.links, 42L);
    }

    /** Label of the baseline build's figures (--baseline-repo), a prefix of its scenario names. */
    static final String BASELINE = "baseline ";

    Result run() throws IOException, InterruptedException {
        ColdBenchmark.writeProject(project, DvGenerator.bundledVersion());
        design.write(project.resolve("specs"));
        List<Variant> variants = new ArrayList<>(List.of(new Variant("", options.mavenRepo, project)));
        if (options.baselineRepo != null) {
            Path copy = root.resolve("project-baseline");
            ColdBenchmark.writeProject(copy, DvGenerator.bundledVersion());
            design.write(copy.resolve("specs"));
            variants.add(new Variant(BASELINE, options.baselineRepo, copy));
        }
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();

        // warm-up: fills the OS caches and proves the plugin resolves offline; its output is the tar baseline
        for (Variant variant : variants) {
            maven(variant, "validate");
            cleanOutputs(variant.project());
            maven(variant, "dv:generate");
        }
        Path archive = root.resolve("generated.tar");
        long files = countFiles();
        long bytes = totalBytes();
        List<String> pack = new ArrayList<>(List.of("tar", "cf", archive.toString(), "-C", project.toString(), "--"));
        pack.addAll(existingOutputs());
        exec(pack);

        for (int run = 0; run < options.runs; run++) {
            Path unpacked = Files.createDirectories(root.resolve("untar-" + run));
            add(seconds, "tar x", exec(List.of("tar", "xf", archive.toString(), "-C", unpacked.toString()))
                    .seconds());
            BenchmarkFiles.delete(unpacked);
            int edited = (run * 7919) % entities;
            for (Variant variant : variants) {
                String label = variant.label();
                add(seconds, label + "mvn validate", maven(variant, "validate").seconds());

                cleanOutputs(variant.project());
                Timed full = maven(variant, "dv:generate", debugTimings());
                add(seconds, label + "full", full.seconds());
                if (label.isEmpty()) {
                    phases(full.output()).forEach((phase, millis) -> add(phases, phase, millis / 1000));
                }

                add(seconds, label + "no change", maven(variant, "dv:generate").seconds());

                Path specs = variant.project().resolve("specs");
                design.edit(specs, edited, run + 1);
                add(seconds, label + "one spec changed", maven(variant, "dv:generate").seconds());
                design.edit(specs, edited, 0);
                maven(variant, "dv:generate");
            }
        }
        return new Result(entities, files, bytes, medians(seconds), medians(phases));
    }

    /** One build of the plugin under test: its label (empty for the current one), repository and project. */
    private record Variant(String label, Path repo, Path project) {
    }

    private String[] debugTimings() {
        // the generator logs its phase times at debug level; enable just that logger, not Maven's -X flood
        return new String[] {"-Dorg.slf4j.simpleLogger.log.io.dvmaven=debug"};
    }

    private Timed maven(Variant variant, String goal, String... extra) throws IOException, InterruptedException {
        List<String> command = options.maven(variant.repo(), goal);
        command.addAll(List.of(extra));
        Timed timed = exec(command, variant.project());
        if (timed.exitCode() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + timed.exitCode() + "):\n"
                    + tail(timed.output()));
        }
        return timed;
    }

    private Timed exec(List<String> command) throws IOException, InterruptedException {
        return exec(command, project);
    }

    private Timed exec(List<String> command, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(options.environment());
        Path log = root.resolve("last-command.log");
        builder.redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timed(seconds, exit, Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Timed(double seconds, int exitCode, String output) {
    }

    /** Phase times in milliseconds from the plugin's timing line; empty when the line is missing. */
    static Map<String, Double> phases(String output) {
        Map<String, Double> phases = new LinkedHashMap<>();
        Matcher line = TIMINGS.matcher(output);
        if (line.find()) {
            Matcher phase = PHASE.matcher(line.group(1));
            while (phase.find()) {
                phases.merge(phase.group(1).trim(), Double.parseDouble(phase.group(2)), Double::sum);
            }
        }
        return phases;
    }

    private static void cleanOutputs(Path project) throws IOException {
        for (String output : OUTPUTS) {
            BenchmarkFiles.delete(project.resolve(output));
        }
        BenchmarkFiles.delete(project.resolve("target"));
    }

    private List<String> existingOutputs() {
        return OUTPUTS.stream().filter(output -> Files.exists(project.resolve(output))).toList();
    }

    private long countFiles() throws IOException {
        long count = 0;
        for (String output : OUTPUTS) {
            Path dir = project.resolve(output);
            if (Files.isDirectory(dir)) {
                try (var walk = Files.walk(dir)) {
                    count += walk.filter(Files::isRegularFile).count();
                }
            }
        }
        return count;
    }

    private long totalBytes() throws IOException {
        long bytes = 0;
        for (String output : OUTPUTS) {
            Path dir = project.resolve(output);
            if (Files.isDirectory(dir)) {
                try (var walk = Files.walk(dir)) {
                    for (Path file : walk.filter(Files::isRegularFile).toList()) {
                        bytes += Files.size(file);
                    }
                }
            }
        }
        return bytes;
    }

    private static void add(Map<String, List<Double>> values, String name, double value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static Map<String, Double> medians(Map<String, List<Double>> values) {
        Map<String, Double> medians = new LinkedHashMap<>();
        values.forEach((name, list) -> medians.put(name, BenchmarkResult.median(list)));
        return medians;
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length));
    }

    @Override
    public void close() throws IOException {
        BenchmarkFiles.delete(root);
    }

    /** Medians of one design size, in seconds. */
    record Result(int entities, long files, long bytes, Map<String, Double> seconds, Map<String, Double> phases) {

        double maven() {
            return seconds.get("mvn validate");
        }

        double fullBeyondMaven() {
            return seconds.get("full") - maven();
        }

        /** The three figures the targets are stated in, for the build whose scenario names start with {@code label}. */
        private void targets(StringBuilder out, String label) {
            double maven = seconds.get(label + "mvn validate");
            double full = seconds.get(label + "full") - maven;
            double tar = seconds.get("tar x");
            out.append(String.format(Locale.ROOT, "  full beyond mvn validate: %.2f s = %.1fx tar x (target <= 3x)%n",
                    full, full / Math.max(1e-3, tar)));
            out.append(String.format(Locale.ROOT, "  no change beyond mvn validate: %.2f s (target <= 0.2 s)%n",
                    seconds.get(label + "no change") - maven));
            out.append(String.format(Locale.ROOT, "  one spec changed beyond mvn validate: %.2f s (target <= 0.3 s)%n",
                    seconds.get(label + "one spec changed") - maven));
        }

        String table() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "N=%d entities: %,d files, %.1f MiB%n", entities, files,
                    bytes / 1048576.0));
            seconds.forEach((name, value) -> out.append(String.format(Locale.ROOT, "  %-27s %7.2f s%n", name,
                    value)));
            targets(out, "");
            if (seconds.containsKey(BASELINE + "full")) {
                out.append("  baseline build, measured in the same runs:\n");
                targets(out, BASELINE);
            }
            if (!phases.isEmpty()) {
                double inside = phases.values().stream().mapToDouble(Double::doubleValue).sum();
                out.append("  phases of the full run:\n");
                out.append(String.format(Locale.ROOT, "    %-28s %7.2f s%n", "JVM + Maven start (validate)", maven()));
                out.append(String.format(Locale.ROOT, "    %-28s %7.2f s%n", "plugin loading, set-up, exit",
                        seconds.get("full") - maven() - inside));
                phases.forEach((phase, value) -> out.append(String.format(Locale.ROOT, "    %-28s %7.2f s%n", phase,
                        value)));
            }
            return out.toString();
        }
    }
}
