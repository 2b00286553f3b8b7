package io.dvmaven.bench;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.generate.GenerateResult;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.hashimpact.HashLedger;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.DbtProjectScanner;
import io.dvmaven.model.rules.RuleEngine;
import io.dvmaven.model.rules.RuleResult;
import io.dvmaven.model.rules.RuleSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times generation in-process (no Maven start-up) over a {@link SyntheticDesign}: a full run into an empty
 * project, a second run with nothing changed, a run after one spec changed, loading and validation only, and the
 * verify goal's naming rules over the generated project. Prints medians after warm-up, the targets, and the
 * machine. Run {@code java -jar dv-benchmarks.jar --help} for the options.
 */
public final class Benchmark {

    private static final DvLog QUIET = DvLog.silent();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.help) {
            System.out.println(Options.USAGE);
            return;
        }
        if (options.child) {
            heapChild(options);
            return;
        }
        System.out.println(machine());
        System.out.println();
        if (options.scaling.isEmpty()) {
            BenchmarkResult result = run(options, options.entities, options.iterations, options.warmup);
            System.out.println(result.table(options));
        } else {
            List<BenchmarkResult> results = new ArrayList<>();
            for (int n : options.scaling) {
                int iterations = n >= 5000 ? Math.min(options.iterations, 3) : options.iterations;
                int warmup = n >= 5000 ? Math.min(options.warmup, 1) : options.warmup;
                results.add(run(options, n, iterations, warmup));
                System.out.println("  N=" + n + " done");
            }
            System.out.println(BenchmarkResult.scalingTable(results));
        }
        if (options.heapCheck > 0) {
            System.out.println();
            System.out.println(heapCheck(options));
        }
    }

    // ---- scenarios ---------------------------------------------------------------------------------------

    static BenchmarkResult run(Options options, int entities, int iterations, int warmup) throws Exception {
        SyntheticDesign design = new SyntheticDesign(entities, options.satellites, options.links, options.seed);
        Path project = newProject(options, "dv-bench-");
        try {
            Path specs = project.resolve("specs");
            design.write(specs);
            GenerateRequest request = GenerateRequest.defaults(project);
            DvGenerator generator = options.generator();
            Map<String, List<Double>> times = new LinkedHashMap<>();
            BenchmarkResult result = new BenchmarkResult(entities, times);
            result.fileSystem = project.getParent() + " (" + Files.getFileStore(project).type() + ")";
            RuleEngine rules = RuleEngine.create(RuleSettings.defaults());
            for (int i = 0; i < warmup + iterations; i++) {
                boolean measured = i >= warmup;
                BenchmarkFiles.clean(project);

                GenerateResult full = time(times, "full", measured, () -> generate(generator, request));
                result.files = full.plan().generatedFiles().size();
                if (measured) {
                    full.timings().forEach((phase, millis) ->
                            result.fullPhases.computeIfAbsent(phase, k -> new ArrayList<>()).add(millis));
                }
                result.fullBytes = BenchmarkFiles.totalBytes(project);

                Map<Path, String> before = BenchmarkFiles.snapshot(project);

                GenerateResult again = time(times, "no-change", measured, () -> generate(generator, request));
                result.noChangeWrittenBytes = Math.max(result.noChangeWrittenBytes,
                        BenchmarkFiles.writtenBytes(before, BenchmarkFiles.snapshot(project)));
                result.noChangeWrittenFiles = Math.max(result.noChangeWrittenFiles, again.written().size());

                design.edit(specs, (i * 7919) % entities, i + 1);
                // the edit adds a hashdiff input, a breaking hash change; forget the accepted definitions
                Path ledger = project.resolve(HashLedger.DIRECTORY);
                if (Files.isDirectory(ledger)) {
                    for (Path file : HashLedger.files(ledger)) {
                        Files.delete(file);
                    }
                }
                before = BenchmarkFiles.snapshot(project);
                GenerateResult changed = time(times, "one spec changed", measured, () -> generate(generator, request));
                result.oneChangeWrittenFiles = changed.written().size();
                result.oneChangeWrittenBytes = BenchmarkFiles.writtenBytes(before, BenchmarkFiles.snapshot(project));
                result.oneChangeRendered = rendered(changed);
                design.edit(specs, (i * 7919) % entities, 0);

                DesignResult loaded = time(times, "validation only", measured,
                        () -> DesignLoader.load(project, specs, NamingConventions.defaults()));
                if (loaded.hasErrors()) {
                    throw new IllegalStateException("synthetic design has errors: " + loaded.diagnostics());
                }
                DbtProject scanned = time(times, "naming rules: scan", measured, () -> scan(project));
                RuleResult checked = time(times, "naming rules: check", measured,
                        () -> rules.run(scanned, NamingConventions.defaults()));
                result.models = scanned.models().size();
                result.findings = checked.findings().size();
                if (!checked.findings().isEmpty()) {
                    // generated code conforms to the default conventions: a finding means the check went wrong
                    throw new IllegalStateException(checked.findings().size() + " naming-rule findings in the "
                            + "generated project, the first: " + checked.findings().get(0).diagnostic().format());
                }
                if (measured) {
                    times.computeIfAbsent("naming rules: scan + check", k -> new ArrayList<>()).add(
                            last(times, "naming rules: scan") + last(times, "naming rules: check"));
                }
            }
            return result;
        } finally {
            BenchmarkFiles.delete(project);
        }
    }

    /** A new empty project directory under {@code --work-dir}, or the system's temporary folder. */
    private static Path newProject(Options options, String prefix) throws IOException {
        return options.workDir == null ? Files.createTempDirectory(prefix)
                : Files.createTempDirectory(Files.createDirectories(options.workDir), prefix);
    }

    private static GenerateResult generate(DvGenerator generator, GenerateRequest request) {
        try {
            return generator.generate(request, QUIET);
        } catch (Exception e) {
            throw new IllegalStateException("generation failed: " + e.getMessage(), e);
        }
    }

    /** Files the run rendered, when the generator reports it; written files otherwise. */
    private static int rendered(GenerateResult result) {
        return result.rendered();
    }

    private static DbtProject scan(Path project) {
        try {
            return DbtProjectScanner.scan(project);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T time(Map<String, List<Double>> times, String name, boolean measured, Supplier<T> task) {
        long start = System.nanoTime();
        T value = task.get();
        double millis = (System.nanoTime() - start) / 1e6;
        if (measured) {
            times.computeIfAbsent(name, k -> new ArrayList<>()).add(millis);
        }
        return value;
    }

    private static double last(Map<String, List<Double>> times, String name) {
        List<Double> list = times.get(name);
        return list.get(list.size() - 1);
    }

    // ---- heap --------------------------------------------------------------------------------------------

    /** Runs a full generation of {@code --heap-check} entities in a child JVM limited to {@code --heap-max}. */
    private static String heapCheck(Options options) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + options.heapMax, "-cp",
                System.getProperty("java.class.path"), Benchmark.class.getName(), "--child",
                "--entities", String.valueOf(options.heapCheck), "--satellites", String.valueOf(options.satellites),
                "--links", String.valueOf(options.links), "--seed", String.valueOf(options.seed),
                "--threads", String.valueOf(options.threads)));
        if (options.workDir != null) {
            command.addAll(List.of("--work-dir", options.workDir.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        int exit = process.waitFor();
        return "Heap check, " + options.heapCheck + " entities, -Xmx" + options.heapMax + ": "
                + (exit == 0 ? "OK" : "FAILED (exit " + exit + ")") + "\n  " + output.replace("\n", "\n  ");
    }

    private static void heapChild(Options options) throws Exception {
        SyntheticDesign design = new SyntheticDesign(options.entities, options.satellites, options.links,
                options.seed);
        Path project = newProject(options, "dv-bench-heap-");
        try {
            design.write(project.resolve("specs"));
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            GenerateResult result = generate(options.generator(), GenerateRequest.defaults(project));
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.gc();
            long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "full generation: %d files in %d ms; peak heap used %d MiB "
                            + "(sum of pool peaks, garbage included); max heap %d MiB; heap after GC %d MiB%n",
                    result.plan().generatedFiles().size(), millis, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, retained >> 20);
        } finally {
            BenchmarkFiles.delete(project);
        }
    }

    /** The machine line every benchmark prints first. */
    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Machine: %d cores, max heap %d MiB, Java %s (%s), %s %s %s",
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
    }

    /** Command-line options. */
    static final class Options {
        static final String USAGE = """
                Usage: java -jar dv-benchmarks.jar [options]
                  --entities N        entities in the synthetic design (default 1000)
                  --satellites S      satellite groups per entity (default 5)
                  --links L           links per entity (default 3)
                  --seed X            seed of the design (default 42)
                  --iterations I      measured runs per scenario (default 5)
                  --warmup W          warm-up runs (default 2)
                  --threads T         render threads: 0 = automatic (default), 1 = single-threaded
                  --no-index          switch the incremental index off (every run renders everything)
                  --work-dir DIR      where the synthetic project is created (default: java.io.tmpdir);
                                      a tmpfs such as /dev/shm leaves the disk out of the figures
                  --scaling 10,100,.. run every scenario for each N and print how cost grows
                  --heap-check N      also run a full generation of N entities in a child JVM
                  --heap-max SIZE     heap limit of that child JVM (default 512m)
                """;

        int entities = 1000;
        int satellites = 5;
        int links = 3;
        long seed = 42;
        int iterations = 5;
        int warmup = 2;
        int threads = 0;
        boolean noIndex;
        Path workDir;
        List<Integer> scaling = List.of();
        int heapCheck;
        String heapMax = "512m";
        boolean child;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--entities" -> o.entities = Integer.parseInt(args[++i]);
                    case "--satellites" -> o.satellites = Integer.parseInt(args[++i]);
                    case "--links" -> o.links = Integer.parseInt(args[++i]);
                    case "--seed" -> o.seed = Long.parseLong(args[++i]);
                    case "--iterations" -> o.iterations = Integer.parseInt(args[++i]);
                    case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
                    case "--threads" -> o.threads = Integer.parseInt(args[++i]);
                    case "--no-index" -> o.noIndex = true;
                    case "--work-dir" -> o.workDir = Path.of(args[++i]);
                    case "--scaling" -> o.scaling = java.util.Arrays.stream(args[++i].split(","))
                            .map(String::trim).map(Integer::parseInt).toList();
                    case "--heap-check" -> o.heapCheck = Integer.parseInt(args[++i]);
                    case "--heap-max" -> o.heapMax = args[++i];
                    case "--child" -> o.child = true;
                    case "--help", "-h" -> o.help = true;
                    default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
                }
            }
            if (o.iterations < 1) {
                throw new IllegalArgumentException("--iterations must be >= 1");
            }
            return o;
        }

        DvGenerator generator() {
            return new DvGenerator().withParallelism(threads).withIncremental(!noIndex);
        }
    }
}
