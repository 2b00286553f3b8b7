package io.dvmaven.model.kinds.pit;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code pits} section of a YAML/JSON entity document. */
final class PitSection {

    private static final List<String> KEYS = List.of("name", "description", "satellites");

    private final SpecDocument doc;

    PitSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        List<PitSpec> pits = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, "pits", "PIT", KEYS,
                "pits: [{name: ..., satellites: [...]}]", "- {name: ..., satellites: [<attribute group>, ...]}",
                "PIT name", "<pit name>")) {
            Ident name = entry.name();
            if (name != null && doc.duplicate(seen, name, "PIT '" + name.value() + "' is defined twice in this entity",
                    "rename one of the two PITs or merge their satellites")) {
                continue;
            }
            String description = doc.optionalText(entry.section(), "description");
            List<Ident> satellites = List.of();
            Node node = entry.section().value("satellites");
            if (node != null) {
                satellites = doc.requiredNameList(entry.section(), "satellites", null, "[<attribute group>, ...]");
                doc.checkDuplicates(satellites, "satellite", "satellites of " + entry.where());
            }
            if (name != null) {
                pits.add(new PitSpec(entry.location(), name, description, satellites));
            }
        }
        entity.part(PitSpec.class, pits);
    }
}
