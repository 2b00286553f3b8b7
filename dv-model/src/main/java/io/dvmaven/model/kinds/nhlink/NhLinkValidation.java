package io.dvmaven.model.kinds.nhlink;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Transactional link checks across the design: unique names (hash keys included), known hubs, key arity. */
final class NhLinkValidation {

    private NhLinkValidation() {
    }

    static void validate(DesignCheck design) {
        Map<String, List<Ident>> names = new LinkedHashMap<>();
        Map<String, Ident> linkNames = new LinkedHashMap<>();
        for (EntitySpec entity : design.entities()) {
            entity.links().forEach(l -> linkNames.putIfAbsent(l.name().value(), l.name()));
            for (NhLinkSpec link : entity.part(NhLinkSpec.class)) {
                names.computeIfAbsent(link.name().value(), k -> new ArrayList<>()).add(link.name());
                relatedHubs(design, link);
            }
        }
        design.reportDuplicates(names, "transactional link",
                "rename one of them (transactional link names are unique across the design)");
        names.forEach((name, definitions) -> {
            Ident link = linkNames.get(name);
            if (link != null) {
                design.diagnostics().error(definitions.get(0).location(), "spec.duplicate-name", "transactional link '"
                        + name + "' has the name of link '" + name + "' (" + link.location().file() + " line "
                        + link.location().line() + "), so both would get hash key column "
                        + design.naming().linkHashKeyName(name), "rename the transactional link");
            }
        });
    }

    private static void relatedHubs(DesignCheck design, NhLinkSpec link) {
        for (Ident hub : link.relatedHubs()) {
            EntitySpec related = design.entity(hub.value());
            if (related == null) {
                design.diagnostics().error(hub.location(), "spec.unknown-hub", "transactional link '"
                        + link.name().value() + "' relates to unknown entity '" + hub.value() + "'",
                        Names.closest(hub.value(), design.byName().keySet()).map(s -> "did you mean '" + s + "'?")
                                .orElse("add a spec with entity name '" + hub.value() + "', or fix the name"));
                continue;
            }
            List<Ident> columns = link.relatedKeys().get(hub.value());
            if (related.hub() == null || columns == null) {
                continue;
            }
            List<String> parts = related.hub().businessKey().stream().map(Ident::value).toList();
            if (!parts.isEmpty() && parts.size() != columns.size()) {
                design.diagnostics().error(columns.get(0).location(), "spec.link-key-arity", "related_keys of "
                        + "transactional link '" + link.name().value() + "' gives " + columns.size() + " column(s) for '"
                        + hub.value() + "', whose business key has " + parts.size() + " part(s) " + parts,
                        "list one column per key part in business_key order");
            }
        }
    }
}
