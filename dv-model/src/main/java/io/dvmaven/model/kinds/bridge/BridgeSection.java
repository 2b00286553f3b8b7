package io.dvmaven.model.kinds.bridge;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code bridges} section of a YAML/JSON entity document. */
final class BridgeSection {

    private static final List<String> KEYS = List.of("name", "description", "path");
    private static final List<String> STEP_KEYS = List.of("link", "to");
    private static final String STEP_EXAMPLE = "- <link name> or - {link: <link name>, to: <entity>}";

    private final SpecDocument doc;

    BridgeSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        List<BridgeSpec> bridges = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, "bridges", "bridge", KEYS,
                "bridges: [{name: ..., path: [<link>, ...]}]", "- {name: ..., path: [<link>, ...]}",
                "bridge name", "<bridge name>")) {
            Ident name = entry.name();
            if (name != null && doc.duplicate(seen, name, "bridge '" + name.value()
                    + "' is defined twice in this entity", "rename one of the two bridges")) {
                continue;
            }
            String description = doc.optionalText(entry.section(), "description");
            List<BridgeSpec.Step> path = path(entry);
            if (name != null && !path.isEmpty()) {
                bridges.add(new BridgeSpec(entry.location(), name, description, path));
            }
        }
        entity.part(BridgeSpec.class, bridges);
    }

    private List<BridgeSpec.Step> path(SpecDocument.Entry entry) {
        Node node = entry.section().value("path");
        String what = "'path' of " + entry.where();
        if (node == null) {
            doc.missing(entry.section(), "path", "[<link name>, ...]");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            doc.wrongType(node, what, "a list of links", "path: [<link name>, ...]");
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            doc.diagnostics().error(doc.at(node), "spec.empty-list", what + " is empty",
                    "list the links walked from the hub, e.g. path: [<link name>]");
            return List.of();
        }
        List<BridgeSpec.Step> steps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Ident link;
            Ident to = null;
            if (item instanceof MappingNode mapping) {
                SpecDocument.Section step = doc.section(mapping, "a step of " + what, doc.at(item), STEP_KEYS);
                link = doc.requiredName(step, "link", null, "<link name>");
                to = doc.optionalName(step, "to", "entity");
            } else {
                link = doc.nameValue(item, null, "a step of " + what, STEP_EXAMPLE);
            }
            if (link != null) {
                steps.add(new BridgeSpec.Step(link, to));
            }
        }
        return steps;
    }
}
