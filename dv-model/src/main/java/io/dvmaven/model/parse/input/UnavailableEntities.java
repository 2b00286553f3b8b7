package io.dvmaven.model.parse.input;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops one unreadable spec file from cascading into misleading advice: a reference to an entity whose spec file
 * could not be read (a syntax or encoding error) is reported as a reference to an unavailable entity, pointing at
 * that file, instead of as an unknown entity with a "did you mean" or "add a spec" fix.
 */
public final class UnavailableEntities {

    private static final Pattern UNKNOWN = Pattern.compile("unknown entity '([^']+)'");

    private UnavailableEntities() {
    }

    /**
     * @param parseProblems what reading the spec files reported; a file with {@code spec.syntax} or
     *                      {@code spec.encoding} errors is unreadable, and by convention names its entity
     * @param checks        the cross-file findings to rewrite
     */
    public static List<Diagnostic> rewrite(List<Diagnostic> parseProblems, List<Diagnostic> checks) {
        Map<String, String> unreadable = new TreeMap<>();
        for (Diagnostic problem : parseProblems) {
            if (problem.isError() && (problem.code().equals("spec.syntax") || problem.code().equals("spec.encoding"))) {
                String file = problem.location().file();
                String name = file.substring(file.lastIndexOf('/') + 1);
                int dot = name.indexOf('.');
                unreadable.putIfAbsent(dot < 0 ? name : name.substring(0, dot), file);
            }
        }
        if (unreadable.isEmpty()) {
            return checks;
        }
        List<Diagnostic> out = new ArrayList<>(checks.size());
        for (Diagnostic check : checks) {
            Matcher unknown = UNKNOWN.matcher(check.message());
            String file = unknown.find() ? unreadable.get(unknown.group(1)) : null;
            if (file == null) {
                out.add(check);
                continue;
            }
            String entity = unknown.group(1);
            out.add(new Diagnostic(check.location(), Severity.ERROR, "spec.unavailable-entity",
                    check.message().replace(unknown.group(), "entity '" + entity + "', which is unavailable: its"
                            + " spec file " + file + " could not be read"),
                    "fix the error reported in " + file + "; this reference is checked again then"));
        }
        return out;
    }
}
