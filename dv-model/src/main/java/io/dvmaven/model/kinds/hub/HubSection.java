package io.dvmaven.model.kinds.hub;

import io.dvmaven.model.Decision;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.List;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code hub} section of a YAML/JSON entity document. */
final class HubSection {

    private static final List<String> HUB_KEYS = List.of("business_key", "business_key_type", "sources",
            "null_columns");

    private HubSection() {
    }

    static void read(SpecDocument doc, SpecDocument.Section top, EntityParts entity) {
        MappingNode hubNode = doc.requiredMapping(top, "hub",
                "hub: {business_key: [<key part>], sources: [<source>]}");
        if (hubNode == null) {
            return;
        }
        SourceLocation hubLocation = top.keyLocation("hub");
        SpecDocument.Section hub = doc.section(hubNode, "hub", hubLocation, HUB_KEYS);
        List<Ident> businessKey = doc.requiredNameList(hub, "business_key", "business key part", "[<key part>]");
        doc.checkDuplicates(businessKey, "business key part", "business_key");
        List<Ident> sources = doc.requiredNameList(hub, "sources", null, "[<source system>]");
        doc.checkDuplicates(sources, "source", "hub sources");
        String keyType = null;
        Node typeNode = hub.value("business_key_type");
        if (typeNode != null) {
            keyType = doc.scalarText(typeNode, "'business_key_type' of hub", "business_key_type: simple");
            if (keyType != null) {
                checkKeyType(doc, keyType, doc.at(typeNode), businessKey, entity.nameText());
            }
        }
        NullKeys nullKeys = NullKeySection.read(doc, hub, businessKey);
        entity.hub(new HubSpec(hubLocation, businessKey, keyType, sources, nullKeys));
    }

    private static void checkKeyType(SpecDocument doc, String keyType, SourceLocation location,
                                     List<Ident> businessKey, String entity) {
        String parts = businessKey.stream().map(Ident::value).collect(Collectors.joining(", "));
        switch (keyType) {
            case "simple" -> {
                if (businessKey.size() > 1) {
                    doc.diagnostics().error(location, "spec.business-key-type", "business_key_type is simple but "
                            + "business_key has " + businessKey.size() + " parts [" + parts + "]",
                            "set business_key_type: composite, or list one key part");
                }
            }
            case "composite" -> {
                if (businessKey.size() == 1) {
                    doc.decisions().add(new Decision(entity, "business_key_type is composite but business_key has "
                            + "one part [" + parts + "]: generated as a single business key column (the key's "
                            + "arity comes from business_key; list more parts there for a composite key)",
                            location));
                }
            }
            default -> doc.diagnostics().error(location, "spec.business-key-type", "business_key_type '" + keyType
                    + "' is not simple or composite", "use simple (one key part) or composite (several key parts)"
                    + Names.closest(keyType, List.of("simple", "composite")).map(s -> ", did you mean '" + s
                    + "'?").orElse(""));
        }
    }
}
