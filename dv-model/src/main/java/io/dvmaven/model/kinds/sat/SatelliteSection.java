package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads the {@code satellites} section of a YAML/JSON entity document. */
final class SatelliteSection {

    private static final List<String> SATELLITE_KEYS =
            List.of("name", "description", "attributes", "sources", "change_tracking", "source_attributes", "hashdiff",
                    "exclude_columns");

    private final SpecDocument doc;

    SatelliteSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        entity.satellites(parseSatellites(top));
    }

    private List<SatelliteSpec> parseSatellites(SpecDocument.Section top) {
        List<SatelliteSpec> satellites = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, "satellites", "satellite", SATELLITE_KEYS,
                "satellites: [{name: ..., attributes: [...], sources: [...]}]",
                "- {name: ..., attributes: [...], sources: [...]}", "satellite name", "<attribute group>")) {
            SpecDocument.Section section = entry.section();
            SourceLocation location = entry.location();
            Ident name = entry.name();
            String where = entry.where();
            if (name != null) {
                doc.duplicate(seen, name, "satellite '" + name.value() + "' is defined twice in this entity",
                        "rename one of the two groups or merge their attributes");
            }
            String description = doc.optionalText(section, "description");
            PayloadSection payloadSection = new PayloadSection(doc);
            List<Ident> excluded = payloadSection.excludeColumns(section, where);
            List<AttributeSpec> attributes = excluded.isEmpty() ? AttributeList.read(doc, section, "attributes", where) : List.of();
            List<Ident> sources = doc.requiredNameList(section, "sources", null, "[<source system>]");
            doc.checkDuplicates(sources, "source", "sources of " + where);
            PayloadOptions payload = payloadSection.read(section, where, attributes, sources, excluded);
            boolean changeTracking = true;
            Node tracking = section.value("change_tracking");
            if (tracking != null) {
                if (tracking instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
                    if ("false".equals(scalar.getValue())) {
                        changeTracking = false;
                        doc.diagnostics().error(doc.at(tracking), "spec.change-tracking", "change_tracking: false is not "
                                + "supported in " + where + ": AutomateDV satellites always compare hashdiffs",
                                "remove change_tracking or set it to true");
                    }
                } else {
                    doc.wrongType(tracking, "'change_tracking' of " + where, "true or false", "change_tracking: true");
                }
            }
            if (name != null) {
                satellites.add(new SatelliteSpec(location, name, description, attributes, sources, changeTracking,
                        payload));
            }
        }
        return satellites;
    }
}
