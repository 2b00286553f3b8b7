package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.sat.AttributeList;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code multi_active_satellites} section of a YAML/JSON entity document. */
final class MultiActiveSatelliteSection {

    static final String SECTION = "multi_active_satellites";
    private static final List<String> KEYS = List.of("name", "description", "child_key", "attributes", "sources");

    private final SpecDocument doc;

    MultiActiveSatelliteSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        Map<String, SourceLocation> seen = new HashMap<>();
        List<MultiActiveSatelliteSpec> satellites = new ArrayList<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, SECTION, "multi-active satellite", KEYS,
                SECTION + ": [{name: ..., child_key: [...], attributes: [...], sources: [...]}]",
                "- {name: ..., child_key: [...], attributes: [...], sources: [...]}", "satellite name",
                "<attribute group>")) {
            SpecDocument.Section section = entry.section();
            Ident name = entry.name();
            String where = entry.where();
            if (name != null) {
                doc.duplicate(seen, name, "multi-active satellite '" + name.value() + "' is defined twice in this "
                        + "entity", "rename one of the two groups or merge their attributes");
            }
            String description = doc.optionalText(section, "description");
            List<AttributeSpec> childKeys = AttributeList.read(doc, section, "child_key", where);
            List<AttributeSpec> attributes = AttributeList.read(doc, section, "attributes", where);
            for (AttributeSpec attribute : attributes) {
                childKeys.stream().filter(k -> k.name().value().equals(attribute.name().value())).findFirst()
                        .ifPresent(k -> doc.diagnostics().error(attribute.name().location(), "spec.duplicate-name",
                                "attribute '" + attribute.name().value() + "' of " + where + " is also its child key "
                                        + "(first at line " + k.name().location().line() + ")",
                                "list it once: in child_key when it tells the rows of a set apart, else in"
                                        + " attributes"));
            }
            List<Ident> sources = doc.requiredNameList(section, "sources", null, "[<source system>]");
            doc.checkDuplicates(sources, "source", "sources of " + where);
            if (name != null) {
                satellites.add(new MultiActiveSatelliteSpec(entry.location(), name, description, childKeys,
                        attributes, sources));
            }
        }
        entity.part(MultiActiveSatelliteSpec.class, satellites);
    }

    /** A group name gives the hashdiff column, so it must differ from every satellite's. */
    static void checkGroupNames(SpecDocument doc, EntitySpec entity) {
        for (MultiActiveSatelliteSpec satellite : entity.part(MultiActiveSatelliteSpec.class)) {
            entity.satellites().stream().filter(s -> s.name().value().equals(satellite.name().value())).findFirst()
                    .ifPresent(s -> doc.diagnostics().error(satellite.name().location(), "spec.duplicate-name",
                            "multi-active satellite '" + satellite.name().value() + "' has the name of satellite '"
                                    + s.name().value() + "' (first at line " + s.name().location().line()
                                    + "); both would get the same hashdiff column", "rename one of the two groups"));
        }
    }

}
