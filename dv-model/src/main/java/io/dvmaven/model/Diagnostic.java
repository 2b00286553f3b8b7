package io.dvmaven.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in user input, with where it is, what is wrong and how to fix it.
 *
 * @param location where the problem is
 * @param severity how much it matters
 * @param code     a stable identifier ({@code DV004} for verify rules, a spec check id such as
 *                 {@code spec.unknown-key} for spec validation); may be {@code null}
 * @param message  what is wrong, as one sentence without a trailing period
 * @param fix      how to fix it, starting with a verb ("add ...", "rename ..."); may be {@code null}
 */
public record Diagnostic(SourceLocation location, Severity severity, String code, String message, String fix)
        implements Serializable, Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::location)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourceLocation location, String code, String message, String fix) {
        return new Diagnostic(location, Severity.ERROR, code, message, fix);
    }

    public static Diagnostic warning(SourceLocation location, String code, String message, String fix) {
        return new Diagnostic(location, Severity.WARNING, code, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The line a person reads: {@code specs/member.yml:14:7: message (fix)} for spec problems and
     * {@code models/integration/hubs/h_member.sql:3:1: [DV004] message (fix: fix)} for verify rules.
     */
    public String format() {
        StringBuilder line = new StringBuilder(location.toString()).append(": ");
        boolean ruleFinding = code != null && code.startsWith("DV");
        if (ruleFinding) {
            line.append('[').append(code).append("] ");
        }
        line.append(message);
        if (fix != null && !fix.isBlank()) {
            line.append(ruleFinding ? " (fix: " : " (").append(fix).append(')');
        }
        return line.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format();
    }
}
