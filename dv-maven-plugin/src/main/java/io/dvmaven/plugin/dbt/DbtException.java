package io.dvmaven.plugin.dbt;

/**
 * A problem with the dbt environment (missing, wrong version, install failed, process failed). Carries a fix the
 * user can apply; the mojo layer turns it into a build error without a stack trace.
 */
public class DbtException extends Exception {

    private final String fix;

    public DbtException(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    public DbtException(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    /** What the user can do about it, or {@code null}. */
    public String fix() {
        return fix;
    }

    /** Message and fix as one text, the way a build log should show it. */
    public String describe() {
        return fix == null || fix.isBlank() ? getMessage() : getMessage() + System.lineSeparator() + "Fix: " + fix;
    }
}
