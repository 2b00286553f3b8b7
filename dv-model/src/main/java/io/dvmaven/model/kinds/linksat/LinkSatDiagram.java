package io.dvmaven.model.kinds.linksat;

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
 * {@code %% dv:link_sat <entity> <group> link=L attributes=A,... [sources=S,...] [description.<attribute>="..."]
 * [description="..."]}: one entry of {@code link_satellites}.
 */
final class LinkSatDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("link_sat", true, Set.of("link", "attributes",
            "sources", "description"), Set.of("description."), Set.of("link", "attributes"),
            "%% dv:link_sat <entity> <group> link=<link> attributes=<attribute>,...");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(LinkSatSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).name(spec.name().value())
                .option("link", spec.link())
                .attributes("attributes", spec.attributes())
                .names("sources", spec.sources())
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<LinkSatSpec> satellites = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident name = d.name("attribute group");
            Ident link = d.name("link", "link");
            LinkSatSpec spec = new LinkSatSpec(d.location(), name, link, d.text("description"),
                    d.attributes("attributes", "attribute"), d.names("sources", "source system"));
            Ident key = new Ident(link.value() + "/" + name.value(), name.location());
            if (d.keep(seen, key, "link satellite '" + name.value() + "' of link '" + link.value() + "'")) {
                satellites.add(spec);
            }
        }
        entity.part(LinkSatSpec.class, satellites);
    }
}
