package io.dvmaven.model.rules;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the user configured for the rules, as given (validated by {@link RuleEngine#create}).
 *
 * @param severities    rule id to ERROR, WARNING (WARN), INFO or OFF
 * @param skipped       rule ids not to run
 * @param failOnWarning true to fail on warnings as well as errors
 * @param maxListed     how many findings a failure message lists before "… and K more"
 */
public record RuleSettings(Map<String, String> severities, Set<String> skipped, boolean failOnWarning, int maxListed) {

    public static final int DEFAULT_MAX_LISTED = 50;

    public RuleSettings {
        severities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(severities));
        skipped = Set.copyOf(skipped);
        if (maxListed < 1) {
            throw new IllegalArgumentException("maxListed must be at least 1, was " + maxListed);
        }
    }

    public static RuleSettings defaults() {
        return new RuleSettings(Map.of(), Set.of(), false, DEFAULT_MAX_LISTED);
    }

    public RuleSettings withSeverities(Map<String, String> newSeverities) {
        return new RuleSettings(newSeverities, skipped, failOnWarning, maxListed);
    }

    public RuleSettings withSkipped(Set<String> newSkipped) {
        return new RuleSettings(severities, newSkipped, failOnWarning, maxListed);
    }

    public RuleSettings withFailOnWarning(boolean newFailOnWarning) {
        return new RuleSettings(severities, skipped, newFailOnWarning, maxListed);
    }

    public RuleSettings withMaxListed(int newMaxListed) {
        return new RuleSettings(severities, skipped, failOnWarning, newMaxListed);
    }

    /** Splits a property value such as {@code "DV004, DV010"} (commas or whitespace) into ids. */
    public static Set<String> parseIds(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        List<String> ids = Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).map(String::trim).toList();
        return new LinkedHashSet<>(ids);
    }
}
