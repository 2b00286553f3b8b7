package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {

    @TempDir
    Path project;

    /** Holds the lock of the project given as argument until killed. */
    public static final class Holder {
        public static void main(String[] args) throws Exception {
            try (ProjectLock lock = ProjectLock.acquire(Path.of(args[0]), "generate", Duration.ofSeconds(5),
                    m -> { })) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    @Test
    void aSecondBuildInAnotherProcessWaitsNamingTheHolderAndGetsTheLockWhenTheHolderIsKilled() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Holder.class.getName(), project.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            List<String> told = new ArrayList<>();

            assertThatThrownBy(() -> ProjectLock.acquire(project, "verify", Duration.ofMillis(500), told::add))
                    .isInstanceOf(ProjectLock.LockTimeoutException.class)
                    .hasMessageContaining("pid " + holder.pid() + ", dv:generate")
                    .hasMessageContaining("did not finish within");
            assertThat(told).singleElement().asString().contains("pid " + holder.pid())
                    .contains("waiting for it to finish");

            holder.destroyForcibly(); // kill -9: the operating system drops the lock
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
            try (ProjectLock lock = ProjectLock.acquire(project, "verify", Duration.ofSeconds(10), m -> { })) {
                assertThat(lock).isNotNull();
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void twoThreadsOfOneBuildAreSerialized() throws Exception {
        List<String> order = new ArrayList<>();
        List<String> told = new ArrayList<>();
        Thread second;
        try (ProjectLock lock = ProjectLock.acquire(project, "generate", Duration.ofSeconds(5), m -> { })) {
            second = new Thread(() -> {
                try (ProjectLock again = ProjectLock.acquire(project, "verify", Duration.ofSeconds(10),
                        told::add)) {
                    synchronized (order) {
                        order.add("second");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            second.start();
            Thread.sleep(300);
            synchronized (order) {
                order.add("first");
            }
        }
        second.join(10_000);
        assertThat(order).containsExactly("first", "second");
        assertThat(told).singleElement().asString().contains("Another dv build is running on this project");
    }
}
