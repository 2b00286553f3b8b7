package io.dvmaven.model.report;

import java.util.Locale;
import java.util.Objects;

/**
 * One node of a dbt run (model, test, seed...), as dbt reports it in {@code run_results.json} or its log.
 *
 * @param name    unique node name ({@code model.member.h_member}, or just {@code h_member})
 * @param path    file path relative to the dbt project, may be empty
 * @param status  dbt's status: success, pass, warn, error, fail, skipped, runtime error...
 * @param message dbt's message, may be empty
 * @param seconds execution time
 */
public record DbtNodeResult(String name, String path, String status, String message, double seconds)
        implements Comparable<DbtNodeResult> {

    public DbtNodeResult {
        Objects.requireNonNull(name, "name");
        path = path == null ? "" : path;
        status = status == null ? "" : status.toLowerCase(Locale.ROOT);
        message = message == null ? "" : message;
    }

    /** dbt could not build or run the node. */
    public boolean isError() {
        return status.equals("error") || status.equals("runtime error");
    }

    /** A test that ran and found failing rows. */
    public boolean isFailure() {
        return status.equals("fail");
    }

    public boolean isSkipped() {
        return status.equals("skipped") || status.equals("skip");
    }

    @Override
    public int compareTo(DbtNodeResult other) {
        return name.compareTo(other.name);
    }
}
