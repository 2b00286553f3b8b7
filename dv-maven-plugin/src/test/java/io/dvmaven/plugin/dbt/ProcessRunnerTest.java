package io.dvmaven.plugin.dbt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisabledOnOs(OS.WINDOWS)
class ProcessRunnerTest {

    @TempDir
    Path dir;

    private final CapturingLog log = new CapturingLog();

    private ProcessRequest request(Path script, Map<String, String> env, Duration timeout,
                                   ProcessRequest.OutputListener listener) {
        return new ProcessRequest(List.of(script.toString()), dir, env, timeout, true, List.of(), listener);
    }

    @Test
    void streamsLinesAsTheyArriveStdoutAtInfoStderrAtWarn() throws Exception {
        Path script = Scripts.write(dir.resolve("talk.sh"),
                "echo first; echo oops >&2; sleep 1; echo second");
        List<Long> arrivals = new ArrayList<>();
        long start = System.nanoTime();

        ProcessResult result = new ProcessRunner(log).run(request(script, Map.of(), Duration.ofSeconds(30),
                (stream, line) -> {
                    synchronized (arrivals) {
                        arrivals.add(System.nanoTime() - start);
                    }
                }));

        assertThat(result.exitCode()).isZero();
        assertThat(log.at("INFO")).containsExactly("> " + script, "first", "second");
        assertThat(log.at("WARN")).containsExactly("oops");
        // "first" reached the log while the script was still sleeping, not after it ended.
        assertThat(Duration.ofNanos(arrivals.get(0))).isLessThan(result.duration().minusMillis(500));
        assertThat(result.tail()).containsSubsequence("first", "second");
    }

    @Test
    void exitCodeAndTailAreReported() throws Exception {
        Path script = Scripts.write(dir.resolve("fail.sh"), "i=1; while [ $i -le 50 ]; do echo line $i; i=$((i+1)); done; exit 3");

        ProcessResult result = new ProcessRunner(log, 5).run(request(script, Map.of(), null, null));

        assertThat(result.success()).isFalse();
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.tail()).containsExactly("line 46", "line 47", "line 48", "line 49", "line 50");
        assertThat(result.describe()).isEqualTo("> " + script + System.lineSeparator() + "exit code 3"
                + System.lineSeparator() + "last 5 line(s) of output:" + System.lineSeparator() + "  line 46"
                + System.lineSeparator() + "  line 47" + System.lineSeparator() + "  line 48"
                + System.lineSeparator() + "  line 49" + System.lineSeparator() + "  line 50");
    }

    @Test
    void timeoutKillsTheProcessTree() throws Exception {
        Path childPid = dir.resolve("child.pid");
        Path script = Scripts.write(dir.resolve("hang.sh"),
                "sleep 300 & echo $! > " + childPid + "; echo started; wait");

        ProcessResult result = new ProcessRunner(log).run(request(script, Map.of(), Duration.ofSeconds(2), null));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.duration()).isLessThan(Duration.ofSeconds(15));
        assertThat(result.describe()).contains("timed out after 2 s and was killed");
        assertThat(log.at("ERROR")).containsExactly("Timeout after 2 s, killing: " + script);
        long pid = Long.parseLong(Files.readString(childPid).trim());
        Optional<ProcessHandle> child = ProcessHandle.of(pid);
        for (int i = 0; i < 50 && child.isPresent() && child.get().isAlive(); i++) {
            Thread.sleep(100);
        }
        assertThat(child.map(ProcessHandle::isAlive).orElse(false)).as("child sleep still alive").isFalse();
    }

    @Test
    void secretsAreMaskedInCommandAndOutputAndEnvironmentValuesAreNeverLogged() throws Exception {
        Path script = Scripts.write(dir.resolve("leak.sh"),
                "echo \"connecting with $DBT_PASSWORD and $PLAIN_SETTING\"; echo 'token=abc123'");

        new ProcessRunner(log).run(new ProcessRequest(List.of(script.toString(), "--password", "hunter2",
                "--vars", "{\"api_key\": \"k-999\"}"), dir, Map.of("DBT_PASSWORD", "s3cr3t!", "PLAIN_SETTING",
                "visible"), null, true, List.of(), null));

        assertThat(log.text()).doesNotContain("s3cr3t!", "hunter2", "abc123", "k-999");
        assertThat(log.at("INFO")).containsExactly(
                "> " + script + " --password **** --vars '{\"api_key\": \"****\"}'",
                "connecting with **** and visible",
                "token=****");
        assertThat(log.at("DEBUG")).contains("  in " + dir + " with environment variables DBT_PASSWORD, PLAIN_SETTING");
    }

    @Test
    void ansiColoursAreStripped() throws Exception {
        Path script = Scripts.write(dir.resolve("colour.sh"), "printf '\\033[0m02:39:41  [\\033[33mWARNING\\033[0m]: old\\n'");

        new ProcessRunner(log).run(request(script, Map.of(), null, null));

        assertThat(log.at("INFO")).containsExactly("> " + script, "02:39:41  [WARNING]: old");
    }

    @Test
    void quietProbesLogAtDebugOnly() throws Exception {
        Path script = Scripts.write(dir.resolve("quiet.sh"), "echo hidden");

        new ProcessRunner(log).run(ProcessRequest.probe(List.of(script.toString()), dir, null));

        assertThat(log.at("INFO")).isEmpty();
        assertThat(log.at("DEBUG")).contains("> " + script, "hidden");
    }

    @Test
    void missingProgramIsAnIoException() {
        assertThatThrownBy(() -> new ProcessRunner(log).run(ProcessRequest.probe(
                List.of(dir.resolve("absent").toString()), dir, null)))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void maskerHandlesFlagsAndAssignments() {
        SecretMasker masker = SecretMasker.forEnvironment(Map.of("SNOWFLAKE_TOKEN", "tok-1", "HOME", "/root"),
                List.of());

        assertThat(masker.mask("use tok-1 at /root")).isEqualTo("use **** at /root");
        assertThat(masker.mask("password: abc, user: bob")).isEqualTo("password: ****, user: bob");
        assertThat(masker.maskCommand(List.of("dbt", "--token", "x", "--target", "dev", "--password=y")))
                .isEqualTo("dbt --token **** --target dev --password=****");
        assertThat(SecretMasker.isSecretName("DBT_ENV_SECRET_PASS")).isTrue();
        assertThat(SecretMasker.isSecretName("DBT_PROFILES_DIR")).isFalse();
    }
}
