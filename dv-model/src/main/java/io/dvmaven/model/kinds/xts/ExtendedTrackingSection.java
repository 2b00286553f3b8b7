package io.dvmaven.model.kinds.xts;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.masat.MultiActiveSatelliteSpec;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code extended_tracking} section of a YAML/JSON entity document. */
final class ExtendedTrackingSection {

    static final String SECTION = "extended_tracking";
    private static final List<String> KEYS = List.of("satellites", "description");

    private ExtendedTrackingSection() {
    }

    static void read(SpecDocument doc, SpecDocument.Section top, EntityParts entity) {
        Node node = top.value(SECTION);
        if (node == null || SpecDocument.isNull(node)) {
            return;
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'" + SECTION + "'", "a mapping", SECTION + ": {satellites: [<attribute group>]}");
            return;
        }
        SpecDocument.Section section = doc.section(mapping, "extended_tracking", doc.at(node), KEYS);
        List<Ident> satellites = doc.requiredNameList(section, "satellites", null, "[<attribute group>]");
        doc.checkDuplicates(satellites, "satellite", "satellites of extended_tracking");
        String description = doc.optionalText(section, "description");
        if (!satellites.isEmpty()) {
            entity.part(ExtendedTrackingSpec.class, List.of(new ExtendedTrackingSpec(doc.at(node), satellites,
                    description)));
        }
    }

    /** Every tracked group must be a satellite or multi-active satellite group of the entity. */
    static void checkGroups(SpecDocument doc, EntitySpec entity) {
        List<String> groups = groups(entity);
        for (ExtendedTrackingSpec tracking : entity.part(ExtendedTrackingSpec.class)) {
            for (Ident satellite : tracking.satellites()) {
                if (!groups.contains(satellite.value())) {
                    doc.diagnostics().error(satellite.location(), "spec.unknown-satellite", "extended_tracking names "
                            + "satellite '" + satellite.value() + "', which entity '" + entity.name().value()
                            + "' does not define", Names.closest(satellite.value(), groups)
                            .map(s -> "did you mean '" + s + "'?").orElse(groups.isEmpty()
                                    ? "add the group to satellites, or remove extended_tracking"
                                    : "use one of: " + String.join(", ", groups)));
                }
            }
        }
    }

    /** The attribute groups of the entity, satellites first. */
    static List<String> groups(EntitySpec entity) {
        List<String> groups = new ArrayList<>();
        entity.satellites().forEach(s -> groups.add(s.name().value()));
        entity.part(MultiActiveSatelliteSpec.class).forEach(s -> groups.add(s.name().value()));
        return groups;
    }
}
