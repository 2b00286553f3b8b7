package io.dvmaven.model.report;

import java.util.List;

/**
 * Files written once for a person to complete (business-rule tests) that are still to do, and whether that fails
 * verify.
 *
 * @param paths      their paths relative to the dbt project, sorted
 * @param failOnTodo true when any of them fails verify
 */
public record TodoFiles(List<String> paths, boolean failOnTodo) {

    public TodoFiles {
        paths = paths.stream().sorted().toList();
    }

    public static TodoFiles none() {
        return new TodoFiles(List.of(), false);
    }

    public boolean failed() {
        return failOnTodo && !paths.isEmpty();
    }
}
