package io.dvmaven.model.kinds.link;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Link checks across the whole design: unique link names, known related hubs, related key arity. */
final class LinkValidation {

    private LinkValidation() {
    }

    static void checkDuplicateLinks(DesignCheck design) {
        Map<String, List<Ident>> definitions = new LinkedHashMap<>();
        for (EntitySpec entity : design.entities()) {
            for (LinkSpec link : entity.links()) {
                definitions.computeIfAbsent(link.name().value(), k -> new ArrayList<>()).add(link.name());
            }
        }
        design.reportDuplicates(definitions, "link", "rename one of them (link names are unique across the design)");
    }

    static void checkRelatedHubs(DesignCheck design) {
        Diagnostics diagnostics = design.diagnostics();
        for (EntitySpec entity : design.entities()) {
            for (LinkSpec link : entity.links()) {
                for (Ident hub : link.relatedHubs()) {
                    if (hub.value().equals(entity.name().value())) {
                        continue;
                    }
                    if (!design.byName().containsKey(hub.value())) {
                        diagnostics.error(hub.location(), "spec.unknown-hub", "link '" + link.name().value()
                                + "' relates to unknown entity '" + hub.value() + "'",
                                Names.closest(hub.value(), design.byName().keySet()).map(s -> "did you mean '" + s + "'?")
                                        .orElse("add a spec with entity name '" + hub.value()
                                                + "' to the spec directory, or fix the name"));
                    }
                }
                link.relatedKeys().forEach((source, byHub) -> byHub.forEach((hubName, columns) -> {
                    EntitySpec related = design.entity(hubName);
                    if (related == null || related.hub() == null || related.hub().businessKey().isEmpty()) {
                        return;
                    }
                    List<String> parts = related.hub().businessKey().stream().map(Ident::value).toList();
                    if (parts.size() != columns.size()) {
                        diagnostics.error(columns.get(0).location(), "spec.link-key-arity", "related_keys."
                                + source + " of link '" + link.name().value() + "' gives " + columns.size()
                                + " column" + (columns.size() == 1 ? "" : "s") + " for related hub '" + hubName
                                + "', whose business key has " + parts.size() + " part"
                                + (parts.size() == 1 ? "" : "s") + " [" + String.join(", ", parts) + "]",
                                "list one column per key part in business_key order: " + hubName + ": ["
                                        + String.join(", ", parts.stream().map(p -> "<" + p + " column>").toList())
                                        + "]");
                    }
                }));
            }
        }
    }
}
