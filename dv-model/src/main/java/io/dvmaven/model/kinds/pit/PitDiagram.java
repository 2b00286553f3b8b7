package io.dvmaven.model.kinds.pit;

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

/** {@code %% dv:pit <entity> <name> [satellites=G,...] [description="..."]}: one entry of {@code pits}. */
final class PitDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("pit", true, Set.of("satellites", "description"),
            Set.of(), Set.of(), "%% dv:pit <entity> <name> satellites=<attribute group>,...");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(PitSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).name(spec.name().value())
                .names("satellites", spec.satellites())
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<PitSpec> pits = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident name = d.name("PIT name");
            PitSpec spec = new PitSpec(d.location(), name, d.text("description"),
                    d.names("satellites", "attribute group"));
            if (d.keep(seen, name, "PIT '" + name.value() + "'")) {
                pits.add(spec);
            }
        }
        entity.part(PitSpec.class, pits);
    }
}
