package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks inside one spec document: every source read has a mapping, and every mapping and rename is used. */
final class SourceReferences {

    private SourceReferences() {
    }

    static void check(EntitySpec entity, Diagnostics diagnostics) {
        Map<String, SourceMappingSpec> mappings = entity.sourceMappings();
        Set<String> used = new LinkedHashSet<>();
        for (SourceUse use : KindRegistry.sourceUses(entity)) {
            for (Ident source : use.sources()) {
                used.add(source.value());
                if (!mappings.containsKey(source.value())) {
                    diagnostics.error(source.location(), "spec.unknown-source", "source '" + source.value() + "' of "
                            + use.owner() + " is not in source_mappings", Names.closest(source.value(),
                            mappings.keySet()).map(s -> "did you mean '" + s + "'?").orElse("add " + source.value()
                            + " to source_mappings with schema, table and key_field"));
                }
            }
        }
        if (entity.hub() != null) {
            for (SourceMappingSpec mapping : mappings.values()) {
                if (!used.contains(mapping.name().value())) {
                    diagnostics.warning(mapping.location(), "spec.unused-source-mapping", "source mapping '"
                            + mapping.name().value() + "' is not used by the hub, a satellite or a link",
                            "add it to hub sources, or remove it");
                }
            }
        }
        checkRenames(entity, diagnostics);
    }

    private static void checkRenames(EntitySpec entity, Diagnostics diagnostics) {
        List<SourceUse> uses = KindRegistry.sourceUses(entity);
        for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
            Set<String> provided = new LinkedHashSet<>();
            for (SatelliteSpec satellite : entity.satellites()) {
                if (reads(satellite.sources(), mapping)) {
                    satellite.attributesFrom(mapping.name().value()).forEach(a -> provided.add(a.name().value()));
                }
            }
            // link satellites and transactional links read their payload through the same renames
            uses.stream().filter(use -> reads(use.sources(), mapping)).forEach(use -> provided.addAll(use.attributes()));
            mapping.columns().forEach((attribute, column) -> {
                if (!provided.contains(attribute)) {
                    diagnostics.warning(column.location(), "spec.unused-rename", "columns of source mapping '"
                            + mapping.name().value() + "' renames attribute '" + attribute + "', which no satellite "
                            + "loads from " + mapping.name().value(), Names.closest(attribute, provided)
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("remove the entry, or add '" + mapping.name().value()
                                    + "' to the sources of the satellite holding '" + attribute + "'"));
                }
            });
        }
    }

    private static boolean reads(List<Ident> sources, SourceMappingSpec mapping) {
        return sources.stream().anyMatch(s -> s.value().equals(mapping.name().value()));
    }
}
