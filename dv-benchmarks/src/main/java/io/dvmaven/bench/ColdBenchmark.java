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

/**
 * Times what a user waits for: every measured run is a fresh {@code mvn -o dv:generate} process on a synthetic
 * design, against two baselines taken in the same run: {@code mvn -o validate} (Maven's own start-up) and
 * {@code tar x} of the very file set the generation produced (the cost of writing it). Prints medians, the two
 * ratios the targets are stated in, and a phase breakdown read from the plugin's own timing line.
 *
 * <p>The plugin must be installed in the Maven repository the runs use ({@code mvn install} of this reactor, or
 * {@code --maven-repo} pointing at one that has it).
 */
public final class ColdBenchmark {

    static final String USAGE = """
            Usage: java -cp dv-benchmarks.jar io.dvmaven.bench.ColdBenchmark [options]
              --entities N[,N..]  design sizes, one cold series each (default 100,1000)
              --runs R            measured runs per scenario (default 5; one untimed warm-up run before them)
              --satellites S      satellite groups per entity (default 5)
              --links L           links per entity (default 3)
              --work-dir DIR      where the projects are created (default: java.io.tmpdir)
              --maven-repo DIR    local Maven repository holding the plugin (default: Maven's own)
              --baseline-repo DIR another local repository holding an older build of the same plugin version:
                                  every scenario also runs against it, interleaved, in a copy of the project,
                                  so before and after are measured under the same machine load
              --heap SIZE         -Xmx of the Maven JVM (MAVEN_OPTS), e.g. 1g
              --maven-opts OPTS   further MAVEN_OPTS for every run, e.g. "-XX:TieredStopAtLevel=1"
              --mvn CMD           the Maven command (default: mvn)
              --keep              keep the generated projects
            """;

    private ColdBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.help) {
            System.out.println(USAGE);
            return;
        }
        System.out.println(Benchmark.machine());
        System.out.println("plugin " + DvGenerator.bundledVersion() + ", " + options.runs
                + " cold runs per scenario, medians in seconds");
        System.out.println();
        List<ColdSeries.Result> results = new ArrayList<>();
        for (int entities : options.entities) {
            ColdSeries series = new ColdSeries(options, entities);
            try {
                results.add(series.run());
            } finally {
                if (!options.keep) {
                    series.close();
                }
            }
            System.out.println(results.get(results.size() - 1).table());
        }
        if (results.size() > 1) {
            System.out.println(scaling(results));
        }
    }

    /** How the full run grows with the design: each size against the first. */
    static String scaling(List<ColdSeries.Result> results) {
        StringBuilder out = new StringBuilder("scaling of the full run beyond mvn validate:\n");
        ColdSeries.Result first = results.get(0);
        for (ColdSeries.Result result : results) {
            out.append(String.format(Locale.ROOT, "  N=%-6d %8.2f s  (%.1fx of N=%d for %.1fx the entities)%n",
                    result.entities(), result.fullBeyondMaven(),
                    result.fullBeyondMaven() / Math.max(1e-3, first.fullBeyondMaven()), first.entities(),
                    result.entities() / (double) first.entities()));
        }
        return out.toString();
    }

    /** Writes the thin pom and dbt_project.yml a user's dbt repository would have. */
    static void writeProject(Path project, String pluginVersion) throws IOException {
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.dvmaven.bench</groupId>
                  <artifactId>cold-benchmark</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.dvmaven</groupId>
                        <artifactId>dv-maven-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("dbt_project.yml"), """
                name: cold_benchmark
                version: '1.0.0'
                profile: cold_benchmark
                model-paths: ["models"]
                """, StandardCharsets.UTF_8);
    }

    /** Command-line options. */
    static final class Options {
        List<Integer> entities = List.of(100, 1000);
        int runs = 5;
        int satellites = 5;
        int links = 3;
        Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
        Path mavenRepo;
        Path baselineRepo;
        String heap;
        String mavenOpts;
        String mvn = "mvn";
        boolean keep;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--entities" -> o.entities = java.util.Arrays.stream(args[++i].split(","))
                            .map(String::trim).map(Integer::parseInt).toList();
                    case "--runs" -> o.runs = Integer.parseInt(args[++i]);
                    case "--satellites" -> o.satellites = Integer.parseInt(args[++i]);
                    case "--links" -> o.links = Integer.parseInt(args[++i]);
                    case "--work-dir" -> o.workDir = Path.of(args[++i]);
                    case "--maven-repo" -> o.mavenRepo = Path.of(args[++i]).toAbsolutePath();
                    case "--baseline-repo" -> o.baselineRepo = Path.of(args[++i]).toAbsolutePath();
                    case "--heap" -> o.heap = args[++i];
                    case "--maven-opts" -> o.mavenOpts = args[++i];
                    case "--mvn" -> o.mvn = args[++i];
                    case "--keep" -> o.keep = true;
                    case "--help", "-h" -> o.help = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            if (o.runs < 1) {
                throw new IllegalArgumentException("--runs must be >= 1");
            }
            return o;
        }

        /** The Maven command line for {@code goals}, offline and batch. */
        List<String> maven(String... goals) {
            return maven(mavenRepo, goals);
        }

        /** As {@link #maven(String...)} with the local repository {@code repo} (null: Maven's default). */
        List<String> maven(Path repo, String... goals) {
            List<String> command = new ArrayList<>(List.of(mvn, "-o", "-B", "-ntp"));
            if (repo != null) {
                command.add("-Dmaven.repo.local=" + repo);
            }
            command.addAll(List.of(goals));
            return command;
        }

        Map<String, String> environment() {
            Map<String, String> env = new LinkedHashMap<>();
            String opts = ((heap == null ? "" : "-Xmx" + heap) + " " + (mavenOpts == null ? "" : mavenOpts)).trim();
            if (!opts.isEmpty()) {
                env.put("MAVEN_OPTS", opts);
            }
            return env;
        }
    }
}
