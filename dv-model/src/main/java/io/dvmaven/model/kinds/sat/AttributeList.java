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

/**
 * Reads a list of attributes ({@code attributes}, a multi-active satellite's {@code child_key}): each a name or
 * {@code {name, description}}.
 */
public final class AttributeList {

    private static final List<String> ATTRIBUTE_KEYS = List.of("name", "description");

    private AttributeList() {
    }

    /** The attributes under {@code key} of {@code satellite}, each problem reported; empty when unreadable. */
    public static List<AttributeSpec> read(SpecDocument doc, SpecDocument.Section satellite, String key,
                                           String where) {
        Node node = satellite.value(key);
        if (node == null) {
            doc.missing(satellite, key, "[<attribute>, ...]");
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
                SpecDocument.Section section = doc.section(mapping, "an attribute of " + where, doc.at(item), ATTRIBUTE_KEYS);
                name = doc.requiredName(section, "name", "attribute", "<attribute>");
                description = doc.optionalText(section, "description");
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
