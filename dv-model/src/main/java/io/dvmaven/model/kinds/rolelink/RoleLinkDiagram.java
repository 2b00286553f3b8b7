package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.mermaid.DirectiveLine;
import io.dvmaven.model.mermaid.DirectiveShape;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.mermaid.KindDirective;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code %% dv:hierarchical_link|same_as_link <entity> <name> roles=R1,R2 role_keys.<source>=R1:C,R2:C ...
 * [description="..."]}: one entry of {@code hierarchical_links} or {@code same_as_links}; its sources are those
 * with a {@code role_keys.<source>} option, in that order.
 */
final class RoleLinkDiagram implements KindDiagram {

    private static final String KEYS = "role_keys.";

    private final RoleLinkType type;
    private final DirectiveShape shape;

    RoleLinkDiagram(RoleLinkType type) {
        this.type = type;
        this.shape = new DirectiveShape(type.id(), true, Set.of("roles", "description"), Set.of(KEYS),
                Set.of("roles"), "%% dv:" + type.id() + " <entity> <name> roles=<role>,<role> "
                + KEYS + "<source>=<role>:<column>,<role>:<column>");
    }

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(shape);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        List<DirectiveLine> lines = new ArrayList<>();
        for (RoleLinkSpec spec : entity.part(RoleLinkSpec.class)) {
            if (spec.type() != type) {
                continue;
            }
            DirectiveLine line = new DirectiveLine(shape.keyword(), entity.name().value()).name(spec.name().value())
                    .names("roles", spec.roles());
            spec.sources().forEach(source -> line.pairs(KEYS + source.value(),
                    spec.roleKeys().getOrDefault(source.value(), Map.of())));
            lines.add(line.option("description", spec.description()));
        }
        return lines;
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        List<RoleLinkSpec> links = new ArrayList<>(entity.part(RoleLinkSpec.class));
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            Ident name = d.name(type.label() + " name");
            List<Ident> roles = d.names("roles", "role");
            List<String> roleNames = roles.stream().map(Ident::value).toList();
            if (roles.size() == 1) {
                d.error("roles", type.label() + " '" + name.value() + "' names one role; it joins the hub with "
                        + "itself, so it needs two or more", "write roles=" + String.join(",",
                        type.exampleRoles().replaceAll("[\\[\\] ]", "").split(",")));
            }
            List<Ident> sources = new ArrayList<>();
            Map<String, Map<String, List<Ident>>> keys = new LinkedHashMap<>();
            d.prefixedPairs(KEYS, "source system", "role", "column").forEach((source, byRole) -> {
                String option = KEYS + source.value();
                byRole.keySet().stream().filter(r -> !roleNames.contains(r)).forEach(r -> d.error(option,
                        option + " of " + type.label() + " '" + name.value() + "' names role '" + r
                                + "', which is not in roles", "use " + String.join(", ", roleNames)));
                roleNames.stream().filter(r -> !byRole.containsKey(r)).forEach(r -> d.error(option, option
                        + " of " + type.label() + " '" + name.value() + "' has no column for role '" + r + "'",
                        "add " + r + ":<column carrying the " + r + "'s business key>"));
                sources.add(source);
                keys.put(source.value(), byRole);
            });
            if (sources.isEmpty()) {
                d.error(KEYS, type.label() + " '" + name.value() + "' has no source", "add "
                        + KEYS + "<source>=" + String.join(",", roleNames.stream().map(r -> r + ":<column>")
                        .toList()) + " for each source carrying the relationship");
            }
            RoleLinkSpec spec = new RoleLinkSpec(d.location(), type, name, d.text("description"), roles,
                    List.copyOf(sources), Collections.unmodifiableMap(keys));
            if (d.keep(seen, name, type.label() + " '" + name.value() + "'")) {
                links.add(spec);
            }
        }
        entity.part(RoleLinkSpec.class, links);
    }
}
