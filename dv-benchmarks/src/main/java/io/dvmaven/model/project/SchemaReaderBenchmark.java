package io.dvmaven.model.project;

import io.dvmaven.bench.SyntheticDesign;
import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.DvLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Times the fast reader of generated YAML ({@link BlockYamlReader}) against snakeyaml-engine's composer, with the
 * settings the scanner gives it, on the schema and source files of a generated synthetic design: the same files,
 * to the same nodes. Prints the medians after warm-up and the ratio. (In this package because the reader is
 * package-private.)
 *
 * <pre>java -cp 'dv-benchmarks/target/dv-benchmarks.jar:dv-benchmarks/target/lib/*' \
 *     io.dvmaven.model.project.SchemaReaderBenchmark [entities=1000] [iterations=7] [warmup=3]</pre>
 */
public final class SchemaReaderBenchmark {

    private SchemaReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path project = Files.createTempDirectory("dv-schema-bench");
        SyntheticDesign design = new SyntheticDesign(entities, SyntheticDesign.defaults().satellites(),
                SyntheticDesign.defaults().links(), SyntheticDesign.defaults().seed());
        design.write(Files.createDirectories(project.resolve("specs")));
        new DvGenerator().generate(GenerateRequest.defaults(project), DvLog.silent());
        List<String[]> files = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(project.resolve("models"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                contents.add(content);
                files.add(content.split("\n", -1));
                bytes += content.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        for (int i = 0; i < contents.size(); i++) {
            if (BlockYamlReader.compose("x.yml", contents.get(i), files.get(i)).isEmpty()) {
                throw new IllegalStateException("a generated file is outside the fast reader's subset");
            }
        }
        double[] fast = new double[iterations];
        double[] snake = new double[iterations];
        long sink = 0;
        for (int round = -warmup; round < iterations; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < contents.size(); i++) {
                sink += BlockYamlReader.compose("x.yml", contents.get(i), files.get(i)).orElseThrow().size();
            }
            long middle = System.nanoTime();
            for (String content : contents) {
                for (Node node : new Compose(LoadSettings.builder().setLabel("x.yml")
                        .setSchema(TextOnlySchema.INSTANCE).setBufferSize(64 * 1024)
                        .setCodePointLimit(Integer.MAX_VALUE).build()).composeAllFromString(content)) {
                    sink += node.getNodeType().ordinal();
                }
            }
            long end = System.nanoTime();
            if (round >= 0) {
                fast[round] = (middle - start) / 1e6;
                snake[round] = (end - middle) / 1e6;
            }
        }
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        double fastMedian = median(fast);
        double snakeMedian = median(snake);
        System.out.printf(Locale.ROOT, "schema files: %d (%.1f MB) of %d entities; median of %d after %d warm-up%n",
                contents.size(), bytes / 1e6, entities, iterations, warmup);
        System.out.printf(Locale.ROOT, "BlockYamlReader %.1f ms, snakeyaml-engine %.1f ms: %.1fx (%d)%n",
                fastMedian, snakeMedian, snakeMedian / fastMedian, sink % 10);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
