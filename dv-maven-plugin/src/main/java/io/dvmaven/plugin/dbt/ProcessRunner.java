package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a subprocess the robust way. Both output pipes are drained on their own threads from the start: a child
 * that fills one pipe's OS buffer while nobody reads it blocks forever, so reading one stream after the other can
 * deadlock. Each line is streamed to the log as it arrives (stdout at info, stderr at warn), with ANSI codes
 * stripped and secrets masked, and the last lines are kept for the failure message. A timeout destroys the whole
 * process tree, and a shutdown hook does the same when the JVM (the Maven build) is aborted.
 */
public final class ProcessRunner {

    public static final int DEFAULT_TAIL_LINES = 40;

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final DvLog log;
    private final int tailLines;

    public ProcessRunner(DvLog log) {
        this(log, DEFAULT_TAIL_LINES);
    }

    public ProcessRunner(DvLog log, int tailLines) {
        this.log = log;
        this.tailLines = tailLines;
    }

    /**
     * Runs the command and waits for it (or for the timeout).
     *
     * @throws IOException when the program cannot be started at all (missing, not executable)
     */
    public ProcessResult run(ProcessRequest request) throws IOException {
        SecretMasker masker = SecretMasker.forEnvironment(request.environment(), request.secrets());
        String shownCommand = masker.maskCommand(request.command());
        if (request.echo()) {
            log.info("> " + shownCommand);
        } else {
            log.debug(() -> "> " + shownCommand);
        }
        log.debug(() -> "  in " + request.workingDirectory() + (request.environment().isEmpty() ? ""
                : " with environment variables " + String.join(", ", request.environment().keySet().stream()
                .sorted().toList())));

        ProcessBuilder builder = new ProcessBuilder(request.command()).directory(request.workingDirectory().toFile());
        builder.environment().putAll(request.environment());
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        Thread killer = new Thread(() -> destroyTree(process), "dv-dbt-shutdown-" + process.pid());
        boolean hookAdded = addShutdownHook(killer);

        Tail tail = new Tail(tailLines);
        Thread out = drain(process.getInputStream(), ProcessRequest.Stream.STDOUT, request, masker, tail);
        Thread err = drain(process.getErrorStream(), ProcessRequest.Stream.STDERR, request, masker, tail);
        boolean timedOut = false;
        try {
            if (request.timeout() == null) {
                process.waitFor();
            } else if (!process.waitFor(request.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                log.error("Timeout after " + request.timeout().toSeconds() + " s, killing: " + shownCommand);
                destroyTree(process);
            }
            out.join(GRACE.toMillis());
            err.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            destroyTree(process);
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + shownCommand, e);
        } finally {
            if (hookAdded) {
                removeShutdownHook(killer);
            }
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        int exitCode = timedOut ? -1 : process.exitValue();
        return new ProcessResult(shownCommand, exitCode, timedOut, tail.lines(), duration);
    }

    private Thread drain(InputStream stream, ProcessRequest.Stream kind, ProcessRequest request, SecretMasker masker,
                         Tail tail) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String raw;
                while ((raw = reader.readLine()) != null) {
                    String line = masker.mask(Ansi.strip(raw));
                    tail.add(line);
                    if (request.listener() != null) {
                        request.listener().line(kind, line);
                    }
                    if (!request.echo()) {
                        log.debug(() -> line);
                    } else if (kind == ProcessRequest.Stream.STDOUT) {
                        log.info(line);
                    } else {
                        log.warn(line);
                    }
                }
            } catch (IOException e) {
                // The pipe closes when the process tree is destroyed; nothing more to read.
                log.debug(() -> "output stream closed: " + e.getMessage());
            } catch (UncheckedIOException e) {
                log.debug(() -> "output stream closed: " + e.getMessage());
            }
        }, "dv-dbt-" + kind.name().toLowerCase());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Destroys the children first (dbt starts worker processes), then the process, forcibly after a grace time. */
    static void destroyTree(Process process) {
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean addShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            return false;
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting; the hook runs and destroys a finished process, which is harmless.
        }
    }

    /** A bounded buffer of the most recent lines, shared by both draining threads. */
    private static final class Tail {
        private final int capacity;
        private final Deque<String> lines = new ArrayDeque<>();

        Tail(int capacity) {
            this.capacity = capacity;
        }

        synchronized void add(String line) {
            if (capacity <= 0) {
                return;
            }
            if (lines.size() == capacity) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }
    }
}
