package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.sat.AttributeSpec;
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
 * {@code %% dv:ma_sat <entity> <group> child_key=C[,C2] attributes=A,... sources=S,...
 * [description.<attribute>="..."] [description="..."]}: one entry of {@code multi_active_satellites}.
 */
final class MultiActiveSatelliteDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("ma_sat", true, Set.of("child_key", "attributes",
            "sources", "description"), Set.of("description."), Set.of("child_key", "attributes", "sources"),
            "%% dv:ma_sat <entity> <group> child_key=<column> attributes=<attribute>,... sources=<source>");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(MultiActiveSatelliteSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).name(spec.name().value())
                .attributes("child_key", spec.childKeys())
                .attributes("attributes", spec.attributes())
                .names("sources", spec.sources())
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<MultiActiveSatelliteSpec> satellites = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident name = d.name("attribute group");
            List<AttributeSpec> childKeys = d.attributes("child_key", "child key");
            List<AttributeSpec> attributes = d.attributes("attributes", "attribute");
            for (AttributeSpec attribute : attributes) {
                if (childKeys.stream().anyMatch(k -> k.name().value().equals(attribute.name().value()))) {
                    d.error("attributes", "attribute '" + attribute.name().value() + "' of multi-active satellite '"
                            + name.value() + "' is also its child key", "list it once: in child_key when it tells "
                            + "the rows of a set apart, else in attributes");
                }
            }
            MultiActiveSatelliteSpec spec = new MultiActiveSatelliteSpec(d.location(), name, d.text("description"),
                    childKeys, attributes, d.names("sources", "source system"));
            if (d.keep(seen, name, "multi-active satellite '" + name.value() + "'")) {
                satellites.add(spec);
            }
        }
        entity.part(MultiActiveSatelliteSpec.class, satellites);
    }
}
