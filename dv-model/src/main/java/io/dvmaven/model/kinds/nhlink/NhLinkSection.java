package io.dvmaven.model.kinds.nhlink;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.kinds.sat.AttributeList;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads the {@code transactional_links} section of a YAML/JSON entity document. */
final class NhLinkSection {

    static final String SECTION = "transactional_links";
    private static final List<String> KEYS = List.of("name", "description", "related_hubs", "source",
            "related_keys", "transaction_key", "payload", "effective_from");

    private final SpecDocument doc;

    NhLinkSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        List<NhLinkSpec> links = new ArrayList<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, SECTION, "transactional link", KEYS,
                SECTION + ": [{name: ..., source: ..., transaction_key: ..., effective_from: ...}]",
                "- {name: ..., source: ..., transaction_key: ..., effective_from: ...}", "transactional link name",
                "<transaction name>")) {
            SpecDocument.Section section = entry.section();
            String where = entry.where();
            String description = doc.optionalText(section, "description");
            List<Ident> relatedHubs = LinkRefs.nameOrList(doc, section, "related_hubs", null,
                    "related_hubs: <entity> (or [<entity>, ...])");
            for (Ident hub : relatedHubs) {
                if (hub.value().equals(entity.nameText())) {
                    doc.diagnostics().error(hub.location(), "spec.self-link", where + " relates entity '"
                            + hub.value() + "' to itself", "remove it from related_hubs");
                }
            }
            Ident source = doc.requiredName(section, "source", null, "<source system>");
            Map<String, List<Ident>> relatedKeys = relatedKeys(section, where, relatedHubs);
            List<Ident> transactionKey = LinkRefs.nameOrList(doc, section, "transaction_key", "column",
                    "transaction_key: <column> (or [<column>, ...])");
            if (section.value("transaction_key") == null) {
                doc.missing(section, "transaction_key", "<column identifying a transaction>");
            }
            List<AttributeSpec> payload = section.value("payload") == null ? List.of()
                    : AttributeList.read(doc, section, "payload", where);
            Ident effectiveFrom = doc.requiredName(section, "effective_from", "column",
                    "<column of the transaction's business date>");
            if (entry.name() != null && source != null && !transactionKey.isEmpty() && effectiveFrom != null) {
                links.add(new NhLinkSpec(entry.location(), entry.name(), description, relatedHubs, source,
                        relatedKeys, transactionKey, payload, effectiveFrom));
            }
        }
        entity.part(NhLinkSpec.class, links);
    }

    private Map<String, List<Ident>> relatedKeys(SpecDocument.Section link, String where, List<Ident> hubs) {
        List<String> hubNames = hubs.stream().map(Ident::value).toList();
        Node node = link.value("related_keys");
        if (node == null) {
            if (!hubs.isEmpty()) {
                doc.missing(link, "related_keys", "{" + hubNames.get(0) + ": <column carrying its business key>}");
            }
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'related_keys' of " + where, "a mapping",
                    "related_keys: {<related hub>: <column carrying its business key>}");
            return Map.of();
        }
        SpecDocument.Section section = doc.section(mapping, "related_keys of " + where, doc.at(node), null);
        Map<String, List<Ident>> keys = new LinkedHashMap<>();
        for (Map.Entry<String, NodeTuple> entry : section.entries().entrySet()) {
            String hub = entry.getKey();
            if (!hubNames.contains(hub)) {
                doc.diagnostics().error(doc.at(entry.getValue().getKeyNode()), "spec.unknown-hub", "related_keys of "
                        + where + " names '" + hub + "', which is not in related_hubs", Names.closest(hub, hubNames)
                        .map(s -> "did you mean '" + s + "'?").orElse("add '" + hub + "' to related_hubs or remove it"));
                continue;
            }
            List<Ident> columns = LinkRefs.nameOrList(doc, section, hub, "key field", hub + ": <column>");
            if (!columns.isEmpty()) {
                keys.put(hub, columns);
            }
        }
        for (Ident hub : hubs) {
            if (!section.entries().containsKey(hub.value())) {
                doc.diagnostics().error(doc.at(node), "spec.link-key-missing", "related_keys of " + where
                        + " has no column for related hub '" + hub.value() + "'",
                        "add " + hub.value() + ": <column carrying the " + hub.value() + " business key>");
            }
        }
        return Collections.unmodifiableMap(keys);
    }
}
