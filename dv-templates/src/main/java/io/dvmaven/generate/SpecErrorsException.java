package io.dvmaven.generate;

import io.dvmaven.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** The specs have errors; nothing was generated. Carries every error, sorted by location. */
public final class SpecErrorsException extends Exception {

    private final List<Diagnostic> diagnostics;

    public SpecErrorsException(List<Diagnostic> diagnostics) {
        super(message(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every error diagnostic, sorted by location. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String message(List<Diagnostic> diagnostics) {
        return diagnostics.size() + (diagnostics.size() == 1 ? " error" : " errors")
                + " in the specs, nothing generated:\n"
                + diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
