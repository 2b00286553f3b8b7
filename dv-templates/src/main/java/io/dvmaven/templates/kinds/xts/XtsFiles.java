package io.dvmaven.templates.kinds.xts;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;
import static io.dvmaven.templates.ColumnDocs.column;
import static io.dvmaven.templates.ColumnDocs.relationships;
import static io.dvmaven.templates.ColumnDocs.test;
import static io.dvmaven.templates.ColumnDocs.title;
import static io.dvmaven.templates.ColumnDocs.COLUMN_TEST_INDENT;

import io.dvmaven.model.kinds.xts.ExtendedTrackingSatellite;
import io.dvmaven.model.kinds.xts.ExtendedTrackingSatellite.Tracked;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.xts.XtsView.TrackedView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Extended tracking satellites: one model per entity and source, recording every arrival of the tracked
 * satellites' payloads. AutomateDV names its columns {@code HASHDIFF} and {@code SATELLITE_NAME}; unquoted, they
 * read as {@code hashdiff} and {@code satellite_name} on every target.
 */
public final class XtsFiles extends AbstractKindFiles {

    static final String TEMPLATE = "xts.sql.mustache";

    public XtsFiles() {
        super("extended_tracking_satellite", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        for (ExtendedTrackingSatellite xts : context.vault().all(ExtendedTrackingSatellite.class)) {
            out.model(xts.folder(), xts.model(), id(), TEMPLATE, () -> view(context, xts), () -> doc(context, xts),
                    List.of(xts.entity()), List.of(xts.source()), List.of(xts.spec()));
        }
    }

    static XtsView view(KindContext context, ExtendedTrackingSatellite xts) {
        List<Tracked> tracked = xts.tracked();
        List<TrackedView> views = IntStream.range(0, tracked.size()).mapToObj(i -> new TrackedView(
                tracked.get(i).satelliteModel(), tracked.get(i).nameColumn(), tracked.get(i).hashdiff(),
                i == tracked.size() - 1)).toList();
        return new XtsView(xts.model(), xts.hashKey(), views, xts.stageModel(), context.loadTimestamp(),
                context.recordSource());
    }

    static ModelDoc doc(KindContext context, ExtendedTrackingSatellite xts) {
        Entity entity = context.entity(xts.entity());
        List<String> satellites = xts.tracked().stream().map(Tracked::satelliteModel).toList();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(xts.entity())).append(" Extended Tracking Satellite (").append(xts.source())
                .append(")\n\n");
        md.append("**Business Entity**: ").append(xts.entity());
        if (entity != null && entity.description() != null) {
            md.append(": ").append(entity.description());
        }
        if (xts.description() != null && !xts.description().isBlank()) {
            md.append("\n\n**Purpose**: ").append(xts.description());
        }
        md.append("\n\n**Parent Hub**: ").append(xts.hubModel()).append(" (").append(xts.hashKey()).append(")\n\n");
        md.append("**Tracked Satellites**: ").append(String.join(", ", satellites)).append("\n\n");
        md.append("**Source System**: ").append(xts.source()).append(" via ").append(xts.stageModel());
        List<String> recordSources = context.recordSources(List.of(xts.stageModel()));
        md.append("\n\n**Record Source**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Tracking**: one row each time a payload arrives for a key (key, hashdiff, satellite, load ")
                .append("timestamp), also when its satellite stores nothing because the payload did not change, ")
                .append("so re-deliveries and changes back to an earlier payload stay visible\n\n");
        md.append("**Spec**: ").append(xts.spec().file()).append('\n');

        String ldts = context.loadTimestamp();
        String values = satellites.stream().map(YamlText::singleQuote).collect(Collectors.joining(", "));
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(xts.hashKey(), "Hash key of the " + xts.entity() + "; foreign key to " + xts.hubModel(),
                List.of(test("not_null"), relationships(xts.hubModel(), xts.hashKey()))));
        columns.add(column("hashdiff", "Hashdiff of the payload that arrived, as the tracked satellite computes it",
                List.of(test("not_null"))));
        columns.add(column("satellite_name", "The satellite the payload belongs to (one of: "
                + String.join(", ", satellites) + ")", List.of(test("not_null"), new TestDoc("accepted_values:\n"
                + COLUMN_TEST_INDENT + "arguments:\n" + COLUMN_TEST_INDENT + "  values: [" + values + "]"))));
        columns.add(column(ldts, "Load timestamp of the arrival", List.of(test("not_null"))));
        columns.add(context.recordSourceColumn("Record source of the arrival", recordSources));
        List<TestDoc> tests = List.of(new TestDoc("dv_unique_combination_of_columns:\n" + MODEL_TEST_INDENT
                + "arguments:\n" + MODEL_TEST_INDENT + "  combination_of_columns: [" + xts.hashKey()
                + ", satellite_name, hashdiff, " + ldts + "]"));
        return new ModelDoc(xts.model(), YamlText.block(md.toString(), ColumnDocs.MODEL_DESCRIPTION_INDENT), true,
                tests, columns);
    }
}
