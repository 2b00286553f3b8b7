package io.dvmaven.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Serializes builds on one dbt project: generate, verify and draft each hold an exclusive lock on
 * {@code target/dv.lock} while they run. A second build (another process, or another thread of a parallel
 * Maven build) waits, saying who holds the lock, and gives up after the timeout. The operating system releases the
 * lock when a process dies, so a killed build never leaves the project locked.
 */
public final class ProjectLock implements AutoCloseable {

    /** Where the lock lives, relative to the dbt project. */
    public static final String LOCK_FILE = "target/dv.lock";

    private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when the other build did not finish within the timeout. */
    public static final class LockTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;

        LockTimeoutException(String message) {
            super(message);
        }
    }

    /**
     * @param waiting told once, with a sentence naming the holder, when the lock is taken and this call waits
     */
    public static ProjectLock acquire(Path projectDirectory, String goal, Duration timeout, Consumer<String> waiting)
            throws IOException, InterruptedException {
        Path file = projectDirectory.toAbsolutePath().normalize().resolve(LOCK_FILE);
        Files.createDirectories(file.getParent());
        ReentrantLock local = IN_THIS_JVM.computeIfAbsent(file, f -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        if (!local.tryLock()) {
            waiting.accept(holderMessage(file));
            told = true;
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut(file, timeout);
            }
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", dv:" + goal + "\n")
                            .getBytes(StandardCharsets.UTF_8)), 0);
                    return new ProjectLock(local, channel, lock);
                }
                if (!told) {
                    waiting.accept(holderMessage(file));
                    told = true;
                }
                if (System.nanoTime() > deadline) {
                    throw timedOut(file, timeout);
                }
                Thread.sleep(200);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    private static String holderMessage(Path file) {
        String holder;
        try {
            holder = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            holder = "";
        }
        return "Another dv build is running on this project" + (holder.isEmpty() ? "" : " (" + holder + ")")
                + "; waiting for it to finish (lock " + file + ")";
    }

    private static LockTimeoutException timedOut(Path file, Duration timeout) {
        return new LockTimeoutException(holderMessage(file).replace("; waiting for it to finish",
                " and did not finish within " + timeout.toSeconds() + " s") + ". Wait for it, or stop it.");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
