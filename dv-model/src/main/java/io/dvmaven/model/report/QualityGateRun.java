package io.dvmaven.model.report;

import java.util.List;
import java.util.Objects;

/**
 * The quality gates run for the models of the approved entities ({@code dv.verify.qualityGates}): dbt compile and
 * build of just those models on the embedded DuckDB with sample rows, and the SQL lint of their files.
 *
 * @param entities approved entities whose models were checked, sorted
 * @param models   the models checked, sorted
 * @param gates    each gate in the order it ran
 */
public record QualityGateRun(List<String> entities, List<String> models, List<Gate> gates) {

    public QualityGateRun {
        entities = List.copyOf(entities);
        models = List.copyOf(models);
        gates = List.copyOf(gates);
    }

    /** How a gate ended. */
    public enum Status {
        PASSED, FAILED, NOT_RUN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * One gate.
     *
     * @param name     {@code dbt compile}, {@code dbt build} or {@code sqlfluff lint}
     * @param status   its outcome; a gate that could not run (tool missing, an earlier gate failed) fails the run
     *                 unless nothing needed checking
     * @param detail   one line: counts, or why it did not run and how to make it run
     * @param problems what to fix, located where possible
     */
    public record Gate(String name, Status status, String detail, List<Problem> problems) {

        public Gate {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            detail = detail == null ? "" : detail;
            problems = List.copyOf(problems);
        }
    }

    /**
     * A problem a gate found.
     *
     * @param model   the model ({@code s_member_details}), or empty
     * @param file    project-relative file, or empty
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param code    the lint rule or dbt status ({@code LT01}, {@code error})
     * @param message what is wrong
     */
    public record Problem(String model, String file, int line, int column, String code, String message) {

        /** {@code file:line:col: [code] message (model m)}. */
        public String format() {
            StringBuilder text = new StringBuilder();
            if (!file.isEmpty()) {
                text.append(file);
                if (line > 0) {
                    text.append(':').append(line);
                    if (column > 0) {
                        text.append(':').append(column);
                    }
                }
                text.append(": ");
            }
            text.append(code.isEmpty() ? "" : "[" + code + "] ").append(message);
            if (!model.isEmpty()) {
                text.append(" (model ").append(model).append(')');
            }
            return text.toString();
        }
    }

    /** True when a gate failed, or could not run although there were models to check. */
    public boolean failed() {
        return gates.stream().anyMatch(g -> g.status() == Status.FAILED
                || g.status() == Status.NOT_RUN && !models.isEmpty());
    }
}
