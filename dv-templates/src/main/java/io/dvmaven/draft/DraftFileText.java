package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a draft file: the review header (assumptions, open questions and, when written, the remaining
 * errors) above the spec, and the problem locations as they are in that text.
 */
final class DraftFileText {

    private DraftFileText() {
    }

    /**
     * The draft file: review header, then the spec. With {@code withErrors} the remaining problems are listed in
     * the header and their line numbers moved down by the lines that listing takes.
     */
    static String fileText(DraftedSpec draft, DraftRequest request, List<Diagnostic> allProblems,
                           boolean withErrors) {
        List<String> header = new ArrayList<>();
        header.add(SpecDrafter.HEADER_MARKER + " from " + request.narrative().file() + " (model " + request.modelLabel()
                + "). Review it before use.");
        header.add("# dv:generate and dv:verify ignore this file until it is approved: mvn dv:approve "
                + "-Ddv.approve.entity=" + draft.entity());
        header.add("# (or rename it to " + draft.entity() + ".yml). Delete these comments once the questions are "
                + "settled.");
        header.add("#");
        header.add("# Assumptions:");
        bullets(header, draft.assumptions());
        header.add("#");
        header.add("# Open questions:");
        bullets(header, draft.openQuestions());
        if (withErrors) {
            List<Diagnostic> shown = errorsOf(draft, allProblems);
            if (!shown.isEmpty()) {
                int shift = shown.size() + 2;
                header.add("#");
                header.add("# Validation errors (fix them, then run dv:approve, which checks again):");
                for (Diagnostic problem : shown) {
                    header.add("# - " + shifted(problem, draft.draftFile(), shift).format());
                }
            }
        }
        return String.join("\n", header) + "\n\n" + draft.yaml();
    }

    /** The errors to list in a draft: its own and those not tied to any draft file. */
    static List<Diagnostic> errorsOf(DraftedSpec draft, List<Diagnostic> allProblems) {
        return allProblems.stream()
                .filter(Diagnostic::isError)
                .filter(d -> d.location().file().equals(draft.draftFile()) || !d.location().file().endsWith(
                        ".draft.yml"))
                .toList();
    }

    private static Diagnostic shifted(Diagnostic diagnostic, String file, int lines) {
        SourceLocation at = diagnostic.location();
        if (!at.file().equals(file) || at.line() <= 0) {
            return diagnostic;
        }
        return new Diagnostic(new SourceLocation(at.file(), at.line() + lines, at.column()), diagnostic.severity(),
                diagnostic.code(), diagnostic.message(), diagnostic.fix());
    }

    /** The same problems with locations as in the written draft files. */
    static List<Diagnostic> asWritten(DraftResult result) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic problem : result.problems()) {
            Diagnostic moved = problem;
            for (DraftedSpec draft : result.drafts()) {
                if (problem.location().file().equals(draft.draftFile())) {
                    moved = shifted(problem, draft.draftFile(), errorsOf(draft, result.problems()).size() + 2);
                }
            }
            out.add(moved);
        }
        return out;
    }

    private static void bullets(List<String> header, List<String> items) {
        if (items.isEmpty()) {
            header.add("# - none");
        }
        for (String item : items) {
            header.add("# - " + item);
        }
    }
}
