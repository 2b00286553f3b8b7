package io.dvmaven.model.kinds.bridge;

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
import java.util.stream.Collectors;

/**
 * {@code %% dv:bridge <entity> <name> path=L1,L2:E,... [description="..."]}: one entry of {@code bridges}; a step
 * is a link, or {@code link:entity} when the walk must say which hub of the link it goes on to.
 */
final class BridgeDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("bridge", true, Set.of("path", "description"),
            Set.of(), Set.of("path"), "%% dv:bridge <entity> <name> path=<link>,<link>[:<to entity>],...");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(BridgeSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).name(spec.name().value())
                .option("path", spec.path().stream().map(s -> s.link().value() + (s.to() == null ? ""
                        : ":" + s.to().value())).collect(Collectors.joining(",")))
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<BridgeSpec> bridges = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident name = d.name("bridge name");
            List<BridgeSpec.Step> path = d.steps("path", "link", "entity").stream()
                    .map(step -> new BridgeSpec.Step(step.getKey(), step.getValue())).toList();
            BridgeSpec spec = new BridgeSpec(d.location(), name, d.text("description"), List.copyOf(path));
            if (d.keep(seen, name, "bridge '" + name.value() + "'")) {
                bridges.add(spec);
            }
        }
        entity.part(BridgeSpec.class, bridges);
    }
}
