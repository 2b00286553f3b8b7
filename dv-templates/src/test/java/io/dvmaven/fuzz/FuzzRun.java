package io.dvmaven.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs one fuzz target over mutations of a corpus. The normal build runs a fixed number of inputs per target with a
 * fixed seed, so it is repeatable and takes the same work on any machine; a campaign sets a time budget,
 * {@code dv.fuzz.seconds} (1800 in the {@code fuzz} profile), and may set the seed {@code dv.fuzz.seed}. Every input that makes the target throw is a crash: it is saved under
 * {@code target/fuzz-crashes/<target>/} and listed in the result.
 */
final class FuzzRun {

    /** One input's run: throws on a crash. */
    interface Target {
        void run(byte[] input) throws Exception;
    }

    record Result(String target, long seed, long executions, List<String> crashes) {
        String summary() {
            return "fuzz " + target + ": seed " + seed + ", " + executions + " executions, " + crashes.size()
                    + " crashes";
        }
    }

    private FuzzRun() {
    }

    /**
     * @param smokeExecutions mutated inputs run in the normal build (no {@code dv.fuzz.seconds}): a few seconds'
     *                        worth
     */
    static Result run(String name, List<byte[]> corpus, Target target, long smokeExecutions) throws IOException {
        String seconds = System.getProperty("dv.fuzz.seconds", "");
        long seed = Long.getLong("dv.fuzz.seed", 18L);
        Random random = new Random(seed);
        ByteMutator mutator = new ByteMutator(random);
        long deadline = seconds.isBlank() ? Long.MAX_VALUE
                : System.nanoTime() + (long) (Double.parseDouble(seconds) * 1e9);
        long budget = seconds.isBlank() ? corpus.size() + smokeExecutions : Long.MAX_VALUE;
        long executions = 0;
        List<String> crashes = new ArrayList<>();
        Path crashDir = Path.of("target", "fuzz-crashes", name);
        for (byte[] seedInput : corpus) { // every seed once, unmutated
            executions++;
            check(name, target, seedInput, crashDir, crashes);
        }
        while (executions < budget && System.nanoTime() < deadline && crashes.size() < 20) {
            byte[] base = corpus.get(random.nextInt(corpus.size()));
            byte[] input = random.nextInt(10) == 0
                    ? mutator.splice(base, corpus.get(random.nextInt(corpus.size()))) : mutator.mutate(base);
            executions++;
            check(name, target, input, crashDir, crashes);
        }
        Result result = new Result(name, seed, executions, List.copyOf(crashes));
        System.out.println(result.summary());
        return result;
    }

    private static void check(String name, Target target, byte[] input, Path crashDir, List<String> crashes)
            throws IOException {
        try {
            target.run(input);
        } catch (Exception | StackOverflowError | AssertionError e) {
            Files.createDirectories(crashDir);
            Path saved = crashDir.resolve("crash-" + crashes.size() + ".bin");
            Files.write(saved, input);
            crashes.add(saved + ": " + e);
        }
    }
}
