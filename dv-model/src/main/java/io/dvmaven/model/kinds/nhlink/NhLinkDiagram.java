package io.dvmaven.model.kinds.nhlink;

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
 * {@code %% dv:nh_link <entity> <name> source=S transaction_key=C[,C2] effective_from=C [related_hubs=E,...]
 * [related_keys=E:C,...] [payload=A,...] [description.<attribute>="..."] [description="..."]}: one entry of
 * {@code transactional_links}.
 */
final class NhLinkDiagram implements KindDiagram {

    private static final DirectiveShape SHAPE = new DirectiveShape("nh_link", true, Set.of("related_hubs", "source",
            "related_keys", "transaction_key", "payload", "effective_from", "description"), Set.of("description."),
            Set.of("source", "transaction_key", "effective_from"), "%% dv:nh_link <entity> <name> source=<source> "
            + "transaction_key=<column> effective_from=<column> related_hubs=<entity> related_keys=<entity>:<column>");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(SHAPE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        return entity.part(NhLinkSpec.class).stream().map(spec -> new DirectiveLine(SHAPE.keyword(),
                        entity.name().value()).name(spec.name().value())
                .names("related_hubs", spec.relatedHubs())
                .option("source", spec.source())
                .pairs("related_keys", spec.relatedKeys())
                .names("transaction_key", spec.transactionKey())
                .attributes("payload", spec.payload())
                .option("effective_from", spec.effectiveFrom())
                .option("description", spec.description())).toList();
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<NhLinkSpec> links = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident name = d.name("transactional link name");
            List<Ident> hubs = d.names("related_hubs", "entity");
            Map<String, List<Ident>> keys = d.pairs("related_keys", "entity", "column");
            List<String> hubNames = hubs.stream().map(Ident::value).toList();
            keys.keySet().stream().filter(h -> !hubNames.contains(h)).forEach(h -> d.error("related_keys",
                    "related_keys of transactional link '" + name.value() + "' names '" + h + "', which is not in "
                            + "related_hubs", "add '" + h + "' to related_hubs or remove it"));
            hubNames.stream().filter(h -> !keys.containsKey(h)).forEach(h -> d.error("related_keys",
                    "related_keys of transactional link '" + name.value() + "' has no column for related hub '" + h
                            + "'", "add " + h + ":<column carrying the " + h + " business key> to related_keys"));
            NhLinkSpec spec = new NhLinkSpec(d.location(), name, d.text("description"), hubs,
                    d.name("source", "source system"), keys, d.names("transaction_key", "column"),
                    d.attributes("payload", "attribute"), d.name("effective_from", "column"));
            if (d.keep(seen, name, "transactional link '" + name.value() + "'")) {
                links.add(spec);
            }
        }
        entity.part(NhLinkSpec.class, links);
    }
}
