package io.dvmaven.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a run so that the build can fail once, listing all of them. */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(List<Diagnostic> diagnostics) {
        items.addAll(diagnostics);
    }

    public void error(SourceLocation location, String code, String message, String fix) {
        add(Diagnostic.error(location, code, message, fix));
    }

    public void warning(SourceLocation location, String code, String message, String fix) {
        add(Diagnostic.warning(location, code, message, fix));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All diagnostics sorted by file, line, column, message. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        Collections.sort(copy);
        return List.copyOf(copy);
    }
}
