package io.dvmaven.model.rules;

import io.dvmaven.model.Severity;

/**
 * A rule as reports list it.
 *
 * @param id              {@code DV004}
 * @param title           what it checks
 * @param help            how to fix a finding
 * @param defaultSeverity severity without overrides
 * @param level           effective level in this run (OFF when skipped or switched off)
 */
public record RuleDescriptor(String id, String title, String help, Severity defaultSeverity, RuleLevel level) {

    public static RuleDescriptor of(NamingRule rule, RuleLevel level) {
        return new RuleDescriptor(rule.id(), rule.title(), rule.help(), rule.defaultSeverity(), level);
    }

    public boolean enabled() {
        return level != RuleLevel.OFF;
    }
}
