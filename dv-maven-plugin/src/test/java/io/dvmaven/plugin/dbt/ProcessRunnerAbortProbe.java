package io.dvmaven.plugin.dbt;

import io.dvmaven.model.DvLog;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Run in a child JVM by {@link ProcessRunnerAbortTest}: starts a long-running script and blocks on it. */
public final class ProcessRunnerAbortProbe {

    private ProcessRunnerAbortProbe() {
    }

    public static void main(String[] args) throws Exception {
        new ProcessRunner(DvLog.silent()).run(new ProcessRequest(List.of(args[0]), Path.of(args[1]), Map.of(), null,
                false, List.of(), null));
    }
}
