package io.dvmaven.model.mermaid;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.hub.HubSpec;
import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.mermaid.ErDiagram.Column;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the diagrams say about one entity, collected table by table and directive by directive, until
 * {@link #build()} turns it into the {@link EntitySpec} the YAML parser would give.
 */
final class EntityDraft {

    private final DiagramSpecs specs;
    final String name;
    ErDiagram diagram;
    SourceLocation location;
    Table hubTable;
    Column singleKey;
    boolean keyless;
    NullKeys nullKeys = NullKeys.REJECT;
    String description;
    final List<Ident> keyParts = new ArrayList<>();
    final Map<String, SourceMappingSpec> mappings = new LinkedHashMap<>();
    final Map<String, Map<String, Ident>> keyFieldsByPart = new LinkedHashMap<>();
    final Map<String, SourceLocation> keyFieldsAt = new LinkedHashMap<>();
    final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    final Set<String> notFeedingHub = new HashSet<>();
    final List<BusinessRuleSpec> rules = new ArrayList<>();

    EntityDraft(DiagramSpecs specs, String name, ErDiagram diagram, SourceLocation location) {
        this.specs = specs;
        this.name = name;
        this.diagram = diagram;
        this.location = location;
    }

    EntitySpec build() {
        Ident nameIdent = new Ident(name, location);
        HubSpec hub = hubTable == null ? null : new HubSpec(hubTable.location(), List.copyOf(keyParts), null,
                mappings.values().stream().map(SourceMappingSpec::name)
                        .filter(source -> !notFeedingHub.contains(source.value())).toList(), nullKeys);
        List<SatelliteSpec> satellites = groups.values().stream().map(GroupDraft::build).toList();
        List<LinkSpec> ownLinks = specs.links.values().stream()
                .filter(l -> !l.hubs.isEmpty() && l.hubs.get(0).value().equals(name))
                .map(LinkDraft::build).toList();
        Map<String, SourceMappingSpec> resolved = new LinkedHashMap<>();
        mappings.forEach((source, mapping) -> resolved.put(source, withKeyFields(mapping)));
        ErDiagram home = diagram != null ? diagram : specs.drafts.get(name).diagram;
        String file = home != null ? home.file() : location.file();
        String sha = home != null ? home.sha256() : "";
        return new EntitySpec(file, sha, location, nameIdent, description, hub, satellites, ownLinks,
                Collections.unmodifiableMap(resolved), List.copyOf(rules));
    }

    /** key_field given as part:column pairs is ordered by the business key parts. */
    private SourceMappingSpec withKeyFields(SourceMappingSpec mapping) {
        Map<String, Ident> byPart = keyFieldsByPart.get(mapping.name().value());
        if (byPart == null) {
            return mapping;
        }
        List<String> parts = keyParts.stream().map(Ident::value).toList();
        if (parts.isEmpty() && specs.yaml.containsKey(name) && specs.yaml.get(name).hub() != null) {
            parts = specs.yaml.get(name).hub().businessKey().stream().map(Ident::value).toList();
        }
        List<Ident> ordered = new ArrayList<>();
        for (String part : parts) {
            Ident column = byPart.get(part);
            if (column == null) {
                specs.diagnostics.error(keyFieldsAt.get(mapping.name().value()), "mermaid.key-field", "key_field of "
                        + "source '" + mapping.name().value() + "' has no column for key part '" + part + "'",
                        "add " + part + ":<column> to key_field");
                return mapping;
            }
            ordered.add(column);
        }
        for (String part : byPart.keySet()) {
            if (!parts.contains(part)) {
                specs.diagnostics.error(byPart.get(part).location(), "mermaid.key-field", "key_field of source '"
                        + mapping.name().value() + "' names unknown key part '" + part + "'",
                        DiagramDirectives.closest(part, parts));
                return mapping;
            }
        }
        return new SourceMappingSpec(mapping.location(), mapping.name(), mapping.schema(), mapping.table(),
                List.copyOf(ordered), mapping.loadTimestamp(), mapping.columns(), mapping.recordSource(),
                mapping.description());
    }
}
