package io.dvmaven.model.rules;

import io.dvmaven.model.Severity;
import java.util.Locale;
import java.util.Optional;

/** A rule's effective level: a severity, or OFF (not run). */
public enum RuleLevel {
    ERROR,
    WARNING,
    INFO,
    OFF;

    public static RuleLevel of(Severity severity) {
        return valueOf(severity.name());
    }

    /** Parses ERROR, WARNING (or WARN), INFO, OFF, in any case; empty for anything else. */
    public static Optional<RuleLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("WARN")) {
            return Optional.of(WARNING);
        }
        for (RuleLevel level : values()) {
            if (level.name().equals(upper)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The severity findings get; empty for OFF. */
    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }
}
