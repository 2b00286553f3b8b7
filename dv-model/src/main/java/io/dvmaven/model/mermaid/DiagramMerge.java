package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.KindParts;
import io.dvmaven.model.kinds.hub.HubSpec;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.PayloadOptions;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines an entity drawn in a diagram with its YAML/JSON spec, fact by fact: a fact given in both places must
 * be the same (otherwise it is an error); lists of sources are united.
 */
final class DiagramMerge {

    private final EntitySpec diagram;
    private final EntitySpec spec;
    private final Diagnostics diagnostics;

    DiagramMerge(EntitySpec diagram, EntitySpec spec, Diagnostics diagnostics) {
        this.diagram = diagram;
        this.spec = spec;
        this.diagnostics = diagnostics;
    }

    EntitySpec run() {
        String description = same("description of entity '" + name() + "'", diagram.description(),
                spec.description(), diagram.location(), spec.location());
        HubSpec hub = hub();
        List<SatelliteSpec> satellites = new ArrayList<>();
        Map<String, SatelliteSpec> specSatellites = new LinkedHashMap<>();
        spec.satellites().forEach(s -> specSatellites.put(s.name().value(), s));
        for (SatelliteSpec satellite : diagram.satellites()) {
            SatelliteSpec other = specSatellites.remove(satellite.name().value());
            satellites.add(other == null ? satellite : satellite(satellite, other));
        }
        satellites.addAll(specSatellites.values());
        List<LinkSpec> mergedLinks = new ArrayList<>();
        Map<String, LinkSpec> specLinks = new LinkedHashMap<>();
        spec.links().forEach(l -> specLinks.put(l.name().value(), l));
        for (LinkSpec link : diagram.links()) {
            LinkSpec other = specLinks.remove(link.name().value());
            mergedLinks.add(other == null ? link : link(link, other));
        }
        mergedLinks.addAll(specLinks.values());
        Map<String, SourceMappingSpec> mappings = new LinkedHashMap<>(diagram.sourceMappings());
        spec.sourceMappings().forEach((source, mapping) -> {
            SourceMappingSpec mine = mappings.get(source);
            if (mine == null) {
                mappings.put(source, mapping);
            } else if (!mappingFacts(mine).equals(mappingFacts(mapping))) {
                conflict("source mapping '" + source + "' of entity '" + name() + "'", mappingFacts(mine),
                        mappingFacts(mapping), mine.location(), mapping.location());
            }
        });
        List<BusinessRuleSpec> rules = new ArrayList<>(diagram.businessRules());
        for (BusinessRuleSpec rule : spec.businessRules()) {
            BusinessRuleSpec mine = rules.stream().filter(r -> r.name().value().equals(rule.name().value()))
                    .findFirst().orElse(null);
            if (mine == null) {
                rules.add(rule);
            } else if (!ruleFacts(mine).equals(ruleFacts(rule))) {
                conflict("business rule '" + rule.name().value() + "'", ruleFacts(mine), ruleFacts(rule),
                        mine.location(), rule.location());
            }
        }
        // a hub drawn in the diagram is fed by every source system mapped for the entity
        if (diagram.hub() != null && spec.hub() == null) {
            List<Ident> mapped = spec.sourceMappings().values().stream().map(SourceMappingSpec::name).toList();
            hub = new HubSpec(hub.location(), hub.businessKey(), hub.businessKeyType(),
                    unite(hub.sources(), mapped), hub.nullKeys());
        }
        return new EntitySpec(diagram.specFile(), diagram.specSha256(), diagram.location(), diagram.name(),
                description, hub, List.copyOf(satellites), List.copyOf(mergedLinks),
                Collections.unmodifiableMap(mappings), List.copyOf(rules), parts(), spec.domain());
    }

    /** Each further kind's objects of the entity come from one place: the diagram's directives or the spec. */
    private KindParts parts() {
        KindParts parts = diagram.parts();
        for (Class<?> type : spec.parts().types()) {
            parts = take(parts, type);
        }
        return parts;
    }

    private <T> KindParts take(KindParts parts, Class<T> type) {
        if (!parts.get(type).isEmpty()) {
            diagnostics.error(diagram.location(), "mermaid.conflict", "entity '" + name() + "' declares "
                    + type.getSimpleName() + " objects both in the diagram and in " + spec.specFile(),
                    "declare a kind's objects of one entity in one place: its %% dv: directives or its spec");
            return parts;
        }
        return parts.with(type, spec.parts().get(type));
    }

    private String name() {
        return diagram.name().value();
    }

    private HubSpec hub() {
        HubSpec mine = diagram.hub();
        HubSpec other = spec.hub();
        if (mine == null || other == null) {
            return mine == null ? other : mine;
        }
        List<String> mineKey = values(mine.businessKey());
        List<String> otherKey = values(other.businessKey());
        if (!mineKey.equals(otherKey)) {
            conflict("business key of entity '" + name() + "'", mineKey.toString(), otherKey.toString(),
                    mine.location(), other.location());
        }
        return new HubSpec(mine.location(), mine.businessKey(), other.businessKeyType(),
                unite(mine.sources(), other.sources()), other.nullKeys());
    }

    private SatelliteSpec satellite(SatelliteSpec mine, SatelliteSpec other) {
        String where = "satellite '" + mine.name().value() + "' of entity '" + name() + "'";
        List<String> mineAttributes = mine.attributes().stream().map(a -> a.name().value()).toList();
        List<String> otherAttributes = other.attributes().stream().map(a -> a.name().value()).toList();
        if (!new HashSet<>(mineAttributes).equals(new HashSet<>(otherAttributes))) {
            conflict("attributes of " + where, mineAttributes.toString(), otherAttributes.toString(),
                    mine.location(), other.location());
        }
        List<AttributeSpec> attributes = new ArrayList<>();
        for (AttributeSpec attribute : mine.attributes()) {
            AttributeSpec match = other.attributes().stream()
                    .filter(a -> a.name().value().equals(attribute.name().value())).findFirst().orElse(null);
            String description = match == null ? attribute.description() : same("description of attribute '"
                    + attribute.name().value() + "' of " + where, attribute.description(), match.description(),
                    attribute.name().location(), match.name().location());
            attributes.add(new AttributeSpec(attribute.name(), description));
        }
        String description = same("description of " + where, mine.description(), other.description(),
                mine.location(), other.location());
        return new SatelliteSpec(mine.location(), mine.name(), description, List.copyOf(attributes),
                unite(mine.sources(), other.sources()), mine.changeTracking() && other.changeTracking(),
                mine.payload().equals(PayloadOptions.NONE) ? other.payload() : mine.payload());
    }

    private LinkSpec link(LinkSpec mine, LinkSpec other) {
        String where = "link '" + mine.name().value() + "'";
        if (!values(mine.relatedHubs()).equals(values(other.relatedHubs()))) {
            conflict("related hubs of " + where, values(mine.relatedHubs()).toString(),
                    values(other.relatedHubs()).toString(), mine.location(), other.location());
        }
        Map<String, Map<String, List<Ident>>> keys = new LinkedHashMap<>(mine.relatedKeys());
        other.relatedKeys().forEach((source, byHub) -> {
            Map<String, List<Ident>> existing = keys.get(source);
            if (existing == null) {
                keys.put(source, byHub);
            } else if (!keyFacts(existing).equals(keyFacts(byHub))) {
                conflict("related keys of " + where + " for source '" + source + "'", keyFacts(existing),
                        keyFacts(byHub), mine.location(), other.location());
            }
        });
        return new LinkSpec(mine.location(), mine.name(),
                same("description of " + where, mine.description(), other.description(), mine.location(),
                        other.location()),
                mine.relatedHubs(),
                same("relationship_type of " + where, mine.relationshipType(), other.relationshipType(),
                        mine.location(), other.location()),
                unite(mine.sources(), other.sources()), Collections.unmodifiableMap(keys));
    }

    private String same(String what, String mine, String other, SourceLocation mineAt, SourceLocation otherAt) {
        if (mine != null && other != null && !mine.equals(other)) {
            conflict(what, mine, other, mineAt, otherAt);
        }
        return mine != null ? mine : other;
    }

    private void conflict(String what, String mine, String other, SourceLocation mineAt,
                          SourceLocation otherAt) {
        diagnostics.error(mineAt, "mermaid.conflict", what + " is " + quote(mine) + " in the diagram but "
                + quote(other) + " at " + otherAt, "give it in one place only, or make both the same");
    }
    private static String quote(String text) {
        return text.startsWith("[") || text.startsWith("{") ? text : "\"" + text + "\"";
    }

    private static List<String> values(List<Ident> idents) {
        return idents.stream().map(Ident::value).toList();
    }

    private static List<Ident> unite(List<Ident> first, List<Ident> second) {
        List<Ident> all = new ArrayList<>(first);
        for (Ident ident : second) {
            if (all.stream().noneMatch(i -> i.value().equals(ident.value()))) {
                all.add(ident);
            }
        }
        return List.copyOf(all);
    }

    private static String mappingFacts(SourceMappingSpec m) {
        Map<String, String> columns = new LinkedHashMap<>();
        m.columns().forEach((k, v) -> columns.put(k, v.value()));
        return "{schema=" + text(m.schema()) + ", table=" + text(m.table()) + ", key_field="
                + values(m.keyFields()) + ", load_timestamp=" + text(m.loadTimestamp()) + ", record_source="
                + m.recordSource() + ", columns=" + columns + ", description=" + m.description() + "}";
    }

    private static String ruleFacts(BusinessRuleSpec r) {
        return "{satellite=" + text(r.satellite()) + ", condition=" + r.condition() + ", severity=" + r.severity()
                + ", description=" + r.description() + "}";
    }

    private static String keyFacts(Map<String, List<Ident>> byHub) {
        Map<String, List<String>> facts = new LinkedHashMap<>();
        byHub.forEach((hub, columns) -> facts.put(hub, values(columns)));
        return facts.toString();
    }

    private static String text(Ident ident) {
        return ident == null ? null : ident.value();
    }
}
