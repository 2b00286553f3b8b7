package io.dvmaven.model.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A dbt invocation and its node results.
 *
 * @param command the dbt command ({@code compile}, {@code build}, ...)
 * @param nodes   node results, sorted by name
 */
public record DbtRun(String command, List<DbtNodeResult> nodes) {

    public DbtRun {
        Objects.requireNonNull(command, "command");
        List<DbtNodeResult> sorted = new ArrayList<>(nodes);
        Collections.sort(sorted);
        nodes = List.copyOf(sorted);
    }

    public long errors() {
        return nodes.stream().filter(DbtNodeResult::isError).count();
    }

    public long failures() {
        return nodes.stream().filter(DbtNodeResult::isFailure).count();
    }

    public boolean failed() {
        return errors() + failures() > 0;
    }
}
