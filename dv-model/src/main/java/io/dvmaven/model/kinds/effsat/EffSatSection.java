package io.dvmaven.model.kinds.effsat;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.dvmaven.model.SourceLocation;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code effectivity_satellites} section of a YAML/JSON entity document and checks it against links. */
final class EffSatSection {

    static final String SECTION = "effectivity_satellites";
    private static final List<String> KEYS = List.of("link", "description", "driving_key", "sources", "start_date",
            "end_date", "effective_from", "auto_end_dating");
    private static final String EXAMPLE = "- {link: <link name>, driving_key: <entity>, start_date: <column>, "
            + "end_date: <column>}";

    private final SpecDocument doc;

    EffSatSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        List<EffSatSpec> specs = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node item : doc.optionalList(top, SECTION, SECTION + ": [" + EXAMPLE.substring(2) + "]")) {
            if (!(item instanceof MappingNode node)) {
                doc.wrongType(item, "an " + SECTION + " entry", "a mapping", EXAMPLE);
                continue;
            }
            SpecDocument.Section section = doc.section(node, "an effectivity satellite", doc.at(item), KEYS);
            Ident link = doc.requiredName(section, "link", null, "<link name>");
            String where = link == null ? "effectivity satellite" : "effectivity satellite of link '"
                    + link.value() + "'";
            section.rename(where);
            if (link != null && doc.duplicate(seen, link, where + " is defined twice in this entity",
                    "keep one entry per link")) {
                continue;
            }
            String description = doc.optionalText(section, "description");
            List<Ident> drivingKeys = LinkRefs.nameOrList(doc, section, "driving_key", null,
                    "driving_key: <entity> (or [<entity>, ...])");
            List<Ident> sources = LinkRefs.nameOrList(doc, section, "sources", null, "sources: [<source system>]");
            Ident start = doc.requiredName(section, "start_date", "column", "<column where the relationship starts>");
            Ident end = doc.requiredName(section, "end_date", "column", "<column where the relationship ends>");
            Ident effective = doc.optionalName(section, "effective_from", "column");
            boolean auto = doc.optionalFlag(section, "auto_end_dating");
            if (link != null && start != null && end != null) {
                specs.add(new EffSatSpec(doc.at(item), link, description, drivingKeys, sources, start, end,
                        effective, auto));
            }
        }
        entity.part(EffSatSpec.class, specs);
    }

    /** The link each entry names exists in the entity, its driving keys are hubs of that link, its sources too. */
    void check(EntitySpec entity) {
        if (entity.name() == null) {
            return; // the missing entity name is reported; links cannot be looked up without it
        }
        for (EffSatSpec spec : entity.part(EffSatSpec.class)) {
            String where = "effectivity satellite of link '" + spec.link().value() + "'";
            LinkRefs.find(doc, entity, spec.link(), where).ifPresent(link -> {
                LinkRefs.checkSources(doc, link, spec.sources(), where);
                checkDrivingKeys(entity, spec, link, where);
            });
        }
    }

    private void checkDrivingKeys(EntitySpec entity, EffSatSpec spec, LinkSpec link, String where) {
        List<String> hubs = LinkRefs.hubs(entity.name().value(), link);
        for (Ident key : spec.drivingKeys()) {
            if (!hubs.contains(key.value())) {
                doc.diagnostics().error(key.location(), "spec.unknown-hub", "driving_key '" + key.value() + "' of "
                        + where + " is not a hub of the link", "use one of: " + String.join(", ", hubs));
            }
        }
        if (spec.drivingKeys().size() >= hubs.size()) {
            doc.diagnostics().error(spec.drivingKeys().get(0).location(), "spec.no-secondary-key", where
                    + " names every hub of the link as driving key, so no secondary key is left to change",
                    "keep the driving key to the hub(s) whose relationship is tracked (e.g. driving_key: "
                            + hubs.get(0) + ")");
        }
    }
}
