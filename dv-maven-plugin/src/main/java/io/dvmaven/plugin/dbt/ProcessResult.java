package io.dvmaven.plugin.dbt;

import java.time.Duration;
import java.util.List;

/**
 * What a finished (or killed) subprocess left behind.
 *
 * @param command  the command as logged (secrets masked)
 * @param exitCode exit code; -1 when it was killed on timeout
 * @param timedOut whether the timeout destroyed it
 * @param tail     the last output lines (stdout and stderr interleaved as they arrived), masked
 * @param duration wall time
 */
public record ProcessResult(String command, int exitCode, boolean timedOut, List<String> tail, Duration duration) {

    public ProcessResult {
        tail = List.copyOf(tail);
    }

    public boolean success() {
        return exitCode == 0 && !timedOut;
    }

    /** A failure report: command, how it ended, then the output tail. */
    public String describe() {
        StringBuilder text = new StringBuilder("> ").append(command).append(System.lineSeparator());
        if (timedOut) {
            text.append("timed out after ").append(duration.toSeconds()).append(" s and was killed");
        } else {
            text.append("exit code ").append(exitCode);
        }
        if (!tail.isEmpty()) {
            text.append(System.lineSeparator()).append("last ").append(tail.size()).append(" line(s) of output:");
            for (String line : tail) {
                text.append(System.lineSeparator()).append("  ").append(line);
            }
        }
        return text.toString();
    }
}
