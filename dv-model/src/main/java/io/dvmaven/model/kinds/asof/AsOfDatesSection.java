package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code as_of_dates} section of a YAML/JSON entity document. */
final class AsOfDatesSection {

    static final List<String> GRAINS = List.of("day", "week", "month");
    private static final List<String> KEYS = List.of("start", "end", "grain", "model");
    private static final String EXAMPLE = "as_of_dates: {start: 2024-01-01, end: today, grain: day}";

    private final SpecDocument doc;

    AsOfDatesSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        Node node = top.value("as_of_dates");
        if (node == null || SpecDocument.isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'as_of_dates'", "a mapping", EXAMPLE);
            return;
        }
        SourceLocation location = top.keyLocation("as_of_dates");
        SpecDocument.Section section = doc.section(mapping, "as_of_dates", location, KEYS);
        Ident userModel = doc.optionalName(section, "model", "as-of-date model");
        if (userModel != null) {
            for (String key : List.of("start", "end", "grain")) {
                if (section.value(key) != null) {
                    doc.diagnostics().error(section.keyLocation(key), "spec.as-of-dates", "'" + key
                            + "' of as_of_dates has no effect with 'model': the plugin generates no as-of dates "
                            + "when your own model '" + userModel.value() + "' supplies them",
                            "remove '" + key + "', or remove 'model' to have the dates generated");
                }
            }
            entity.part(AsOfDatesSpec.class, List.of(new AsOfDatesSpec(location, userModel, null, null, "day")));
            return;
        }
        LocalDate start = null;
        Node startNode = section.value("start");
        if (startNode == null) {
            doc.missing(section, "start", "<first date, YYYY-MM-DD> (or model: <your as-of-date model>)");
        } else {
            start = date(startNode, "start");
        }
        LocalDate end = null;
        Node endNode = section.value("end");
        if (endNode != null && !"today".equals(doc.scalarText(endNode, "'end' of as_of_dates", "end: today"))) {
            end = date(endNode, "end");
            if (start != null && end != null && end.isBefore(start)) {
                doc.diagnostics().error(doc.at(endNode), "spec.as-of-dates", "'end' of as_of_dates (" + end
                        + ") is before 'start' (" + start + ")", "set end on or after " + start + ", or end: today");
            }
        }
        String grain = "day";
        Node grainNode = section.value("grain");
        if (grainNode != null) {
            grain = doc.scalarText(grainNode, "'grain' of as_of_dates", "grain: day");
            if (grain != null && !GRAINS.contains(grain)) {
                doc.diagnostics().error(doc.at(grainNode), "spec.as-of-dates", "grain '" + grain
                        + "' of as_of_dates is not one of " + String.join(", ", GRAINS),
                        Names.closest(grain, GRAINS).map(s -> "did you mean '" + s + "'?").orElse("use day, week "
                                + "or month"));
                grain = null;
            }
        }
        if (start != null && grain != null) {
            entity.part(AsOfDatesSpec.class, List.of(new AsOfDatesSpec(location, null, start, end, grain)));
        }
    }

    private LocalDate date(Node node, String key) {
        String text = doc.scalarText(node, "'" + key + "' of as_of_dates", key + ": 2024-01-01");
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            doc.diagnostics().error(doc.at(node), "spec.as-of-dates", "'" + key + "' of as_of_dates is '" + text
                    + "', not a date", "write it as YYYY-MM-DD" + ("end".equals(key) ? ", or end: today" : ""));
            return null;
        }
    }
}
