package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of an entity once its diagram and spec parts are combined: sources, key fields, rule targets. */
final class DiagramChecks {

    private final NamingConventions naming;
    private final Diagnostics diagnostics;

    DiagramChecks(NamingConventions naming, Diagnostics diagnostics) {
        this.naming = naming;
        this.diagnostics = diagnostics;
    }

    void check(EntitySpec entity, EntitySpec fromSpec) {
        String name = entity.name().value();
        if (entity.hub() == null) {
            if (fromSpec == null) {
                return; // satellites and links without a hub were reported already
            }
            diagnostics.error(fromSpec.location(), "mermaid.missing-hub", "entity '" + name + "' has no hub: "
                    + "neither a diagram table " + naming.hubModelName(name) + " nor hub in " + fromSpec.specFile(),
                    "add a table " + naming.hubModelName(name) + " to the diagram, or hub: to the spec");
            return;
        }
        String hubTable = naming.hubModelName(name);
        if (entity.hub().sources().isEmpty()) {
            diagnostics.error(entity.hub().location(), "mermaid.no-source", "hub " + hubTable + " has no source "
                    + "system", "add %% dv:source " + name + " <source> schema=<schema> table=<table> "
                    + "key_field=<column>");
        }
        Set<String> used = new LinkedHashSet<>();
        checkSources(entity, entity.hub().sources(), "hub " + hubTable, used);
        for (SatelliteSpec satellite : entity.satellites()) {
            checkSources(entity, satellite.sources(), "satellite '" + satellite.name().value() + "'", used);
        }
        for (LinkSpec link : entity.links()) {
            checkSources(entity, link.sources(), "link '" + link.name().value() + "'", used);
            if (link.sources().isEmpty()) {
                diagnostics.error(link.location(), "mermaid.no-source", "link '" + link.name().value() + "' has "
                        + "no source system", "add %% dv:related_key " + link.name().value() + " <source> "
                        + link.relatedHubs().stream().map(h -> h.value() + "=<column>")
                        .collect(Collectors.joining(" ")));
            }
        }
        List<String> parts = entity.hub().businessKey().stream().map(Ident::value).toList();
        for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
            if (!parts.isEmpty() && !mapping.keyFields().isEmpty() && mapping.keyFields().size() != parts.size()) {
                diagnostics.error(mapping.keyFields().get(0).location(), "mermaid.key-field", "key_field of source '"
                        + mapping.name().value() + "' gives " + mapping.keyFields().size() + " column"
                        + (mapping.keyFields().size() == 1 ? "" : "s") + " but the " + name + " business key has "
                        + parts.size() + " part" + (parts.size() == 1 ? "" : "s") + " " + parts,
                        "list one column per key part in business key order, separated by commas");
            }
            if (!used.contains(mapping.name().value())) {
                diagnostics.warning(mapping.location(), "spec.unused-source-mapping", "source mapping '"
                        + mapping.name().value() + "' is not used by the hub, a satellite or a link",
                        "remove it");
            }
        }
        List<String> groups = entity.satellites().stream().map(s -> s.name().value()).toList();
        for (BusinessRuleSpec rule : entity.businessRules()) {
            if (rule.satellite() != null && !groups.contains(rule.satellite().value())) {
                diagnostics.error(rule.satellite().location(), "spec.unknown-satellite", "business rule '"
                        + rule.name().value() + "' refers to unknown satellite '" + rule.satellite().value() + "'",
                        DiagramDirectives.closest(rule.satellite().value(), groups));
            }
        }
    }

    private void checkSources(EntitySpec entity, List<Ident> sources, String owner, Set<String> used) {
        for (Ident source : sources) {
            used.add(source.value());
            if (!entity.sourceMappings().containsKey(source.value())) {
                diagnostics.error(source.location(), "mermaid.unknown-source", "source '" + source.value() + "' of "
                        + owner + " has no source mapping", "add %% dv:source " + entity.name().value() + " "
                        + source.value() + " schema=<schema> table=<table> key_field=<column>");
            }
        }
    }
}
