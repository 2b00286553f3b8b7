package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** A list of payload attributes, as satellites and the kinds that carry a payload write it. */
public final class AttributeList {

    private static final List<String> ATTRIBUTE_KEYS = List.of("name", "description");

    private AttributeList() {
    }

    /**
     * Reads the attribute list {@code key} of {@code section} (satellites' {@code attributes}, a transactional
     * link's {@code payload}): each item a name or {@code {name, description}}, at least one, no duplicates.
     */
    public static List<AttributeSpec> read(SpecDocument doc, SpecDocument.Section section, String key,
                                           String where) {
        Node node = section.value(key);
        if (node == null) {
            doc.missing(section, key, "[<attribute>, ...]");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            doc.wrongType(node, "'" + key + "' of " + where, "a list", key + ": [<attribute>, ...]");
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            doc.diagnostics().error(doc.at(node), "spec.empty-list", "'" + key + "' of " + where + " is empty",
                    "list at least one attribute");
            return List.of();
        }
        List<AttributeSpec> attributes = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node item : sequence.getValue()) {
            Ident name;
            String description = null;
            if (item instanceof MappingNode mapping) {
                SpecDocument.Section entry = doc.section(mapping, "an attribute of " + where, doc.at(item),
                        ATTRIBUTE_KEYS);
                name = doc.requiredName(entry, "name", "attribute", "<attribute>");
                description = doc.optionalText(entry, "description");
            } else {
                name = doc.nameValue(item, "attribute", "an attribute of " + where, "- <attribute> or - {name: "
                        + "<attribute>, description: ...}");
            }
            if (name == null) {
                continue;
            }
            if (doc.duplicate(seen, name, "attribute '" + name.value() + "' is listed twice in " + where,
                    "remove one of the two entries")) {
                continue;
            }
            attributes.add(new AttributeSpec(name, description));
        }
        return List.copyOf(attributes);
    }
}
