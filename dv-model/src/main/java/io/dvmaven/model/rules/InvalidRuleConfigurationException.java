package io.dvmaven.model.rules;

import java.util.List;

/** Rule settings name an unknown rule id or an unknown severity; carries every problem and the known ids. */
public final class InvalidRuleConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final List<String> knownIds;

    public InvalidRuleConfigurationException(List<String> problems, List<String> knownIds) {
        super(String.join("; ", problems) + " (known rule ids: " + String.join(", ", knownIds)
                + "; severities: ERROR, WARNING, INFO, OFF)");
        this.problems = List.copyOf(problems);
        this.knownIds = List.copyOf(knownIds);
    }

    public List<String> problems() {
        return problems;
    }

    public List<String> knownIds() {
        return knownIds;
    }
}
