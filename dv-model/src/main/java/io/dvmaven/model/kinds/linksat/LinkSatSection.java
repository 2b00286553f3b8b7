package io.dvmaven.model.kinds.linksat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.kinds.sat.AttributeList;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code link_satellites} section of a YAML/JSON entity document and checks it against the links. */
final class LinkSatSection {

    static final String SECTION = "link_satellites";
    private static final List<String> KEYS = List.of("name", "link", "description", "attributes", "sources");

    private final SpecDocument doc;

    LinkSatSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        List<LinkSatSpec> satellites = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, SECTION, "link satellite", KEYS,
                SECTION + ": [{name: ..., link: ..., attributes: [...]}]", "- {name: ..., link: ..., attributes: [...]}",
                "link satellite name", "<attribute group>")) {
            SpecDocument.Section section = entry.section();
            Ident link = doc.requiredName(section, "link", null, "<link name>");
            if (entry.name() != null && link != null) {
                doc.duplicate(seen, new Ident(link.value() + "/" + entry.name().value(), entry.name().location()),
                        entry.where() + " of link '" + link.value() + "' is defined twice in this entity",
                        "rename one of the two groups or merge their attributes");
            }
            String description = doc.optionalText(section, "description");
            List<AttributeSpec> attributes = AttributeList.read(doc, section, "attributes", entry.where());
            List<Ident> sources = LinkRefs.nameOrList(doc, section, "sources", null, "sources: [<source system>]");
            if (entry.name() != null && link != null) {
                satellites.add(new LinkSatSpec(entry.location(), entry.name(), link, description, attributes,
                        sources));
            }
        }
        entity.part(LinkSatSpec.class, satellites);
    }

    /** The link each entry names exists in the entity and loads every source the entry reads. */
    void check(EntitySpec entity) {
        if (entity.name() == null) {
            return; // the missing entity name is reported; links cannot be looked up without it
        }
        for (LinkSatSpec spec : entity.part(LinkSatSpec.class)) {
            String where = "link satellite '" + spec.name().value() + "'";
            LinkRefs.find(doc, entity, spec.link(), where)
                    .ifPresent(link -> LinkRefs.checkSources(doc, link, spec.sources(), where));
        }
    }
}
