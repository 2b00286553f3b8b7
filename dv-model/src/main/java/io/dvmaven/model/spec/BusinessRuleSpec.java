package io.dvmaven.model.spec;

import io.dvmaven.model.SourceLocation;
import java.io.Serializable;

/**
 * One entry of {@code business_rules} (tier 3 tests).
 *
 * @param location    where the list entry starts
 * @param name        rule name, lower snake_case
 * @param description what the rule means for the business
 * @param satellite   attribute group the rule applies to ({@code satellite}); {@code null} means the hub
 * @param condition   SQL boolean expression every row must satisfy ({@code condition}); {@code null} makes
 *                    the rule a disabled test template for a person to complete
 * @param severity    {@code error} (default) or {@code warn}
 */
public record BusinessRuleSpec(
        SourceLocation location,
        Ident name,
        String description,
        Ident satellite,
        String condition,
        String severity) implements Serializable {
}
