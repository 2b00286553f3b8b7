package io.dvmaven.model.vault;

import java.util.List;

/**
 * A tier 3 business rule test.
 *
 * @param name        rule name
 * @param entity      entity it belongs to
 * @param description what it means
 * @param models      models the rule is tested on: the group's satellites, or the hub
 * @param condition   SQL boolean every row must satisfy; {@code null} for a template a person completes
 * @param severity    {@code error} or {@code warn}
 * @param spec        spec defining it
 */
public record BusinessRule(String name, String entity, String description, List<String> models,
                           String condition, String severity, SpecRef spec) {

    public boolean isTemplate() {
        return condition == null;
    }
}
