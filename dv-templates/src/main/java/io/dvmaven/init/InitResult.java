package io.dvmaven.init;

import java.util.List;

/**
 * What {@code dv:init} did, one entry per file it looked at, in the order it looked.
 *
 * @param projectName the dbt project name used (read from an existing {@code dbt_project.yml} or derived)
 * @param profile     the dbt profile name used
 * @param files       every file, with its action
 */
public record InitResult(String projectName, String profile, List<InitFile> files) {

    /** What happened to a file. */
    public enum Action {
        /** It did not exist and was written. */
        CREATED,
        /** It existed and was left as it was. */
        KEPT,
        /** It existed; lines were appended, existing bytes are unchanged ({@code .gitignore}). */
        APPENDED
    }

    /**
     * One file.
     *
     * @param path   relative to the dbt project directory, forward slashes
     * @param action what happened
     * @param detail why, for the log line (may be empty)
     */
    public record InitFile(String path, Action action, String detail) {

        /** The log line: {@code created pom.xml}, {@code kept dbt_project.yml (exists)}. */
        public String describe() {
            String verb = switch (action) {
                case CREATED -> "created";
                case KEPT -> "kept";
                case APPENDED -> "updated";
            };
            return verb + " " + path + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    public List<String> created() {
        return files.stream().filter(f -> f.action() == Action.CREATED).map(InitFile::path).toList();
    }

    public List<String> kept() {
        return files.stream().filter(f -> f.action() == Action.KEPT).map(InitFile::path).toList();
    }
}
