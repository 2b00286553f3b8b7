package io.dvmaven.plugin.dbt;

/**
 * One node of a dbt run, from {@code target/run_results.json}.
 *
 * @param uniqueId      e.g. {@code model.member.h_member} or {@code test.member.unique_h_member_member_hk.1a2b}
 * @param resourceType  first part of the id: {@code model}, {@code test}, {@code seed}, ...
 * @param status        dbt's status: {@code success}, {@code pass}, {@code error}, {@code fail}, {@code warn},
 *                      {@code skipped}
 * @param executionTime seconds
 * @param message       dbt's message, or {@code null}
 * @param failures      failing rows for tests, or {@code null}
 */
public record DbtNodeResult(String uniqueId, String resourceType, String status, double executionTime,
                            String message, Integer failures) {

    /** Node name without resource type and package ({@code h_member}). */
    public String name() {
        String[] parts = uniqueId.split("\\.");
        return parts.length >= 3 ? parts[2] : uniqueId;
    }

    public boolean failed() {
        return status.equals("error") || status.equals("fail") || status.equals("runtime error");
    }

    public boolean skipped() {
        return status.equals("skipped");
    }
}
