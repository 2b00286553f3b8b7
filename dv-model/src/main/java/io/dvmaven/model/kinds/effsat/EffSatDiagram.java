package io.dvmaven.model.kinds.effsat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.mermaid.DirectiveLine;
import io.dvmaven.model.mermaid.DirectiveShape;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.mermaid.KindDirective;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code %% dv:eff_sat <entity> <link> start_date=C end_date=C [driving_key=E,...] [sources=S,...]
 * [effective_from=C] [auto_end_dating=true] [description="..."]}: one entry of {@code effectivity_satellites}.
 */
final class EffSatDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("eff_sat", true, Set.of("driving_key", "sources",
            "start_date", "end_date", "effective_from", "auto_end_dating", "description"), Set.of(),
            Set.of("start_date", "end_date"),
            "%% dv:eff_sat <entity> <link> start_date=<column> end_date=<column>");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(EffSatSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).name(spec.link().value())
                .names("driving_key", spec.drivingKeys())
                .names("sources", spec.sources())
                .option("start_date", spec.startDate())
                .option("end_date", spec.endDate())
                .option("effective_from", spec.effectiveFrom())
                .flag("auto_end_dating", spec.autoEndDating())
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<EffSatSpec> specs = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident link = d.name("link");
            EffSatSpec spec = new EffSatSpec(d.location(), link, d.text("description"),
                    d.names("driving_key", "entity"), d.names("sources", "source system"),
                    d.name("start_date", "column"), d.name("end_date", "column"), d.name("effective_from", "column"),
                    d.flag("auto_end_dating"));
            if (d.keep(seen, link, "effectivity satellite of link '" + link.value() + "'")) {
                specs.add(spec);
            }
        }
        entity.part(EffSatSpec.class, specs);
    }
}
