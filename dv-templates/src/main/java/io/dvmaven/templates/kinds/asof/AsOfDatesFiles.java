package io.dvmaven.templates.kinds.asof;

import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.test;

import io.dvmaven.model.kinds.asof.AsOfDates;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.List;

/** The generated as-of-date model (a date spine); nothing when the user's own model supplies the dates. */
public final class AsOfDatesFiles extends AbstractKindFiles {

    static final String TEMPLATE = "as_of_date.sql.mustache";

    /** {@code as_of_date.sql.mustache}. */
    public record AsOfDatesView(String grain, String start, String endText, String endExpression) {
    }

    public AsOfDatesFiles() {
        super("as_of_dates", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (AsOfDates dates : context.vault().all(AsOfDates.class)) {
            if (dates.generated()) {
                out.model(dates.folder(), dates.model(), id(), TEMPLATE, () -> view(dates), () -> doc(dates),
                        List.of(), List.of(), List.of(dates.spec()));
            }
        }
    }

    static AsOfDatesView view(AsOfDates dates) {
        boolean today = dates.end() == null;
        return new AsOfDatesView(dates.grain(), dates.start().toString(), today ? "today" : dates.end().toString(),
                today ? "current_date" : "cast('" + dates.end() + "' as date)");
    }

    static ModelDoc doc(AsOfDates dates) {
        String until = dates.end() == null ? "the day the models run" : dates.end().toString();
        String md = "## As-of Dates\n\nThe dates the PIT and bridge tables are computed for: every " + dates.grain()
                + " from " + dates.start() + " to " + until + ", at midnight.\n\n**Spec**: " + dates.spec().file()
                + "\n";
        return new ModelDoc(dates.model(), YamlText.block(md, ColumnDocs.MODEL_DESCRIPTION_INDENT), false, List.of(),
                List.of(column(AsOfDates.COLUMN, "An as-of date (midnight)", List.of(test("not_null"),
                        test("unique")))));
    }
}
