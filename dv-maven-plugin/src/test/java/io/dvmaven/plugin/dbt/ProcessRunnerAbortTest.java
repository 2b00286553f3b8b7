package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An aborted build (Ctrl-C, i.e. SIGTERM to the Maven JVM) must not leave dbt running. */
@DisabledOnOs(OS.WINDOWS)
class ProcessRunnerAbortTest {

    @Test
    void shutdownHookKillsTheProcessTreeWhenTheJvmIsTerminated(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("child.pid");
        Path script = Scripts.write(dir.resolve("long.sh"), "sleep 300 & echo $! > " + pidFile + "; wait");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process jvm = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ProcessRunnerAbortProbe.class.getName(), script.toString(), dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("jvm.log").toFile()).start();
        for (int i = 0; i < 100 && !Files.exists(pidFile); i++) {
            Thread.sleep(100);
        }
        assertThat(pidFile).as("script started").exists();
        Thread.sleep(300);
        long sleepPid = Long.parseLong(Files.readString(pidFile).trim());

        jvm.destroy();
        assertThat(jvm.waitFor(20, TimeUnit.SECONDS)).isTrue();

        Optional<ProcessHandle> sleep = ProcessHandle.of(sleepPid);
        for (int i = 0; i < 50 && sleep.isPresent() && sleep.get().isAlive(); i++) {
            Thread.sleep(100);
        }
        assertThat(sleep.map(ProcessHandle::isAlive).orElse(false)).as("dbt's child still running").isFalse();
    }
}
