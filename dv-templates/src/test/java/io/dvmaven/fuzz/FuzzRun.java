package io.dvmaven.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Runs one fuzz target for a time budget over mutations of a corpus. The budget is {@code dv.fuzz.seconds}
 * (a few seconds in the normal build, 1800 in a campaign), the seed {@code dv.fuzz.seed} (fixed by default so the
 * build is repeatable). Every input that makes the target throw is a crash: it is saved under
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

    static Result run(String name, List<byte[]> corpus, Target target) throws IOException {
        double seconds = Double.parseDouble(System.getProperty("dv.fuzz.seconds", "3"));
        long seed = Long.getLong("dv.fuzz.seed", 18L);
        Random random = new Random(seed);
        ByteMutator mutator = new ByteMutator(random);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long executions = 0;
        List<String> crashes = new ArrayList<>();
        Path crashDir = Path.of("target", "fuzz-crashes", name);
        for (byte[] seedInput : corpus) { // every seed once, unmutated
            executions++;
            check(name, target, seedInput, crashDir, crashes);
        }
        while (System.nanoTime() < deadline && crashes.size() < 20) {
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
