package io.dvmaven.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times {@code mvn verify} of the member example as a user meets it, against a bare {@code dbt compile} of the same
 * project: with nothing changed since the last green verify, and after one spec edit. Every measured run is a fresh
 * process; validate, verify and the bare compile are interleaved so that load on a shared machine hits them alike.
 * The spec edit is also compiled by a bare dbt after {@code dv:generate}, the fair baseline for that case (dbt's
 * partial parsing then re-reads the same changed files).
 * Prints medians, the ratio the targets are stated in (verify beyond {@code mvn validate} ÷ bare compile) and the
 * plugin's own phase line of the last run.
 *
 * <p>The plugin must be installed in the Maven repository the runs use, and {@code dbt} must be on PATH.
 */
public final class VerifyBenchmark {

    static final String USAGE = """
            Usage: java -cp dv-benchmarks.jar io.dvmaven.bench.VerifyBenchmark [options]
              --example DIR       the member example (default: examples/member)
              --runs R            measured runs per case (default 3; one untimed warm-up verify first)
              --work-dir DIR      where the copy of the example is made (default: java.io.tmpdir)
              --maven-repo DIR    local Maven repository holding the plugin (default: Maven's own)
              --dbt CMD           the bare dbt to compare with (default: dbt)
              --mvn CMD           the Maven command (default: mvn)
            Targets: nothing changed <= 0.25, one spec edit <= 1.1 (verify beyond validate / bare dbt compile).
            """;

    private static final Pattern PHASES = Pattern.compile("dv:verify timing: (.*)$", Pattern.MULTILINE);
    private static final String EDITED = "Health insurance member across all source systems";

    private final Path project;
    private final List<String> mvn;
    private final String dbt;

    private VerifyBenchmark(Path project, List<String> mvn, String dbt) {
        this.project = project;
        this.mvn = mvn;
        this.dbt = dbt;
    }

    public static void main(String[] args) throws Exception {
        Path example = Path.of("examples/member");
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
        int runs = 3;
        String mavenRepo = null;
        String dbt = "dbt";
        String mvnCommand = "mvn";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--example" -> example = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--work-dir" -> workDir = Path.of(args[++i]);
                case "--maven-repo" -> mavenRepo = Path.of(args[++i]).toAbsolutePath().toString();
                case "--dbt" -> dbt = args[++i];
                case "--mvn" -> mvnCommand = args[++i];
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        Path project = Files.createTempDirectory(workDir, "dv-verify-bench-");
        try {
            copy(example.toAbsolutePath().normalize(), project);
            List<String> mvn = new ArrayList<>(List.of(mvnCommand, "-o", "-B", "-ntp"));
            if (mavenRepo != null) {
                mvn.add("-Dmaven.repo.local=" + mavenRepo);
            }
            // the example finds the AutomateDV stand-in relative to the reactor; the copy points at it directly
            String automateDv = System.getenv("AUTOMATE_DV_DIR") != null ? System.getenv("AUTOMATE_DV_DIR")
                    : example.toAbsolutePath().normalize().resolve(
                            "../../it-projects/dbt-packages/automate-dv-signature-standin").normalize().toString();
            mvn.add("-DautomateDvDir=" + automateDv);
            System.out.println(Benchmark.machine());
            System.out.println(new VerifyBenchmark(project, mvn, dbt).run(runs));
        } finally {
            BenchmarkFiles.delete(project);
        }
    }

    private String run(int runs) throws IOException, InterruptedException {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        must(exec(maven("verify")), "warm-up mvn verify");
        String lastNoChange = "";
        String lastEdit = "";
        for (int i = 0; i < runs; i++) {
            add(seconds, "validate", must(exec(maven("validate")), "mvn validate").seconds());
            Timed noChange = must(exec(maven("verify")), "mvn verify (nothing changed)");
            add(seconds, "verify, nothing changed", noChange.seconds());
            lastNoChange = noChange.output();
            add(seconds, "bare dbt compile", must(exec(bareCompile()), "bare dbt compile").seconds());
            // the same kind of edit, generated without dbt, then compiled by a bare dbt (which reparses it)
            editSpec(2 * i);
            must(exec(maven("dv:generate")), "mvn dv:generate");
            add(seconds, "bare compile, edited", must(exec(bareCompile()), "bare dbt compile (edited)").seconds());
            editSpec(2 * i + 1);
            Timed edit = must(exec(maven("verify")), "mvn verify (one spec edit)");
            add(seconds, "verify, one spec edit", edit.seconds());
            lastEdit = edit.output();
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        seconds.forEach((name, values) -> medians.put(name, BenchmarkResult.median(values)));
        return table(medians, runs) + "phases, nothing changed: " + phases(lastNoChange) + "\n"
                + "phases, one spec edit:   " + phases(lastEdit) + "\n";
    }

    /** The medians and the two ratios, each against its target. */
    static String table(Map<String, Double> medians, int runs) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "member example, %d runs per case, medians in seconds%n", runs));
        medians.forEach((name, value) -> out.append(String.format(Locale.ROOT, "  %-24s %7.2f%n", name, value)));
        double validate = medians.get("validate");
        double bare = medians.get("bare dbt compile");
        out.append(ratio("nothing changed", medians.get("verify, nothing changed"), validate, bare, 0.25));
        out.append(ratio("one spec edit", medians.get("verify, one spec edit"), validate, bare, 1.1));
        if (medians.containsKey("bare compile, edited")) {
            out.append(ratio("one spec edit, against a bare compile of the same edit",
                    medians.get("verify, one spec edit"), validate, medians.get("bare compile, edited"), 1.1));
        }
        return out.toString();
    }

    private static String ratio(String name, double verify, double validate, double bare, double target) {
        double ratio = (verify - validate) / bare;
        return String.format(Locale.ROOT, "  %-16s verify beyond validate / bare compile = %.2f (target <= %.2f: %s)%n",
                name, ratio, target, ratio <= target ? "met" : "NOT met");
    }

    /** The plugin's phase line of a verify run, or a note that it did not print one. */
    static String phases(String output) {
        Matcher line = PHASES.matcher(output);
        String last = null;
        while (line.find()) {
            last = line.group(1).trim();
        }
        return last == null ? "(no timing line)" : last;
    }

    /** Alternates the member entity's description: a change dbt must see (properties files), nothing else. */
    private void editSpec(int run) throws IOException {
        Path spec = project.resolve("specs/member.yml");
        String text = Files.readString(spec, StandardCharsets.UTF_8);
        String from = run % 2 == 0 ? EDITED : EDITED + " (edited)";
        String to = run % 2 == 0 ? EDITED + " (edited)" : EDITED;
        if (!text.contains(from)) {
            throw new IllegalStateException("specs/member.yml no longer holds '" + from + "'");
        }
        Files.writeString(spec, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private List<String> maven(String goal) {
        List<String> command = new ArrayList<>(mvn);
        command.add(goal);
        return command;
    }

    /** dbt compile exactly as a user would run it on the same profile the plugin wrote. */
    private List<String> bareCompile() {
        return List.of(dbt, "--no-use-colors", "compile", "--project-dir", project.toString(), "--profiles-dir",
                project.resolve("target/dv/dbt-profiles").toString(), "--target", "dv_embedded");
    }

    private record Timed(double seconds, int exitCode, String output) {
    }

    private Timed exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("DO_NOT_TRACK", "1");
        Path log = Files.createTempFile("dv-verify-bench", ".log");
        try {
            builder.redirectOutput(log.toFile());
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Timed(seconds, exit, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Timed must(Timed timed, String what) {
        if (timed.exitCode() != 0) {
            String[] lines = timed.output().split("\n");
            throw new IllegalStateException(what + " failed (exit " + timed.exitCode() + "):\n" + String.join("\n",
                    java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length)));
        }
        return timed;
    }

    private static void add(Map<String, List<Double>> values, String name, double value) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path relative = from.relativize(source);
                if (relative.toString().startsWith("target") || relative.toString().startsWith("dbt_packages")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
