package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.mermaid.DirectiveLine;
import io.dvmaven.model.mermaid.DirectiveShape;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.mermaid.KindDirective;
import io.dvmaven.model.spec.EntitySpec;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code %% dv:as_of_dates <entity> start=YYYY-MM-DD [end=YYYY-MM-DD|today] [grain=day|week|month]} or
 * {@code %% dv:as_of_dates <entity> model=<model>}: the {@code as_of_dates} section.
 */
final class AsOfDatesDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("as_of_dates", false, Set.of("start", "end",
            "grain", "model"), Set.of(), Set.of(), "%% dv:as_of_dates <entity> start=<YYYY-MM-DD> end=<YYYY-MM-DD> "
            + "grain=day (or model=<your as-of-date model>)");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(AsOfDatesSpec.class).stream().map(spec -> {
            DirectiveLine line = new DirectiveLine(SHAPE.keyword(), entity.name().value());
            if (!spec.generated()) {
                return line.option("model", spec.userModel());
            }
            return line.option("start", spec.start().toString())
                    .option("end", spec.end() == null ? "today" : spec.end().toString())
                    .option("grain", spec.grain());
        }).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        KindDirective d = directives.get(0);
        directives.stream().skip(1).forEach(extra -> extra.error("start", "entity '" + entity.nameText()
                + "' has a second dv:as_of_dates line (first at " + d.location() + ")", "keep one"));
        if (d.has("model")) {
            for (String key : List.of("start", "end", "grain")) {
                if (d.has(key)) {
                    d.error(key, "'" + key + "' of dv:as_of_dates has no effect with 'model': your own model '"
                            + d.text("model") + "' supplies the dates", "remove " + key + "=, or model= to have the "
                            + "dates generated");
                }
            }
            AsOfDatesSpec spec = new AsOfDatesSpec(d.location(), d.name("model", "as-of-date model"), null, null,
                    "day");
            if (!d.failed()) {
                entity.part(AsOfDatesSpec.class, List.of(spec));
            }
            return;
        }
        if (!d.has("start")) {
            d.error("start", "dv:as_of_dates of entity '" + entity.nameText() + "' has neither start= nor model=",
                    "write " + SHAPE.usage());
        }
        LocalDate start = d.date("start");
        LocalDate end = "today".equals(d.text("end")) ? null : d.date("end");
        if (start != null && end != null && end.isBefore(start)) {
            d.error("end", "'end' of dv:as_of_dates (" + end + ") is before 'start' (" + start + ")",
                    "set end on or after " + start + ", or end=today");
        }
        String grain = d.has("grain") ? d.oneOf("grain", AsOfDatesSection.GRAINS) : "day";
        if (!d.failed()) {
            entity.part(AsOfDatesSpec.class, List.of(new AsOfDatesSpec(d.location(), null, start, end, grain)));
        }
    }
}
