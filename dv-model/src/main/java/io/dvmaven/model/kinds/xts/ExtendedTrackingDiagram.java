package io.dvmaven.model.kinds.xts;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.mermaid.DirectiveLine;
import io.dvmaven.model.mermaid.DirectiveShape;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.mermaid.KindDirective;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;
import java.util.Set;

/** {@code %% dv:xts <entity> satellites=G,... [description="..."]}: the {@code extended_tracking} section. */
final class ExtendedTrackingDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("xts", false, Set.of("satellites", "description"),
            Set.of(), Set.of("satellites"), "%% dv:xts <entity> satellites=<attribute group>,...");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(ExtendedTrackingSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).names("satellites", spec.satellites())
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        KindDirective d = directives.get(0);
        directives.stream().skip(1).forEach(extra -> extra.error("satellites", "entity '" + entity.nameText()
                + "' has a second dv:xts line (first at " + d.location() + ")", "list every tracked group in one "
                + "dv:xts line"));
        ExtendedTrackingSpec spec = new ExtendedTrackingSpec(d.location(), d.names("satellites", "attribute group"),
                d.text("description"));
        if (!d.failed()) {
            entity.part(ExtendedTrackingSpec.class, List.of(spec));
        }
    }
}
