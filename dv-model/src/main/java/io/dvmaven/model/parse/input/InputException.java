package io.dvmaven.model.parse.input;

/** Input that cannot be read as a spec, at a 1-based line and column, with what to do about it. */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String fix;

    public InputException(int line, int column, String problem, String fix) {
        super(problem);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
        this.fix = fix;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return getMessage();
    }

    public String fix() {
        return fix;
    }
}
