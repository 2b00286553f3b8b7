package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;

/** Resolves each attribute group of an entity into one satellite per source system. */
public final class SatelliteResolver {

    private SatelliteResolver() {
    }

    static void resolve(EntitySpec spec, VaultBuilder vault) {
        SpecRef ref = VaultBuilder.ref(spec);
        for (SatelliteSpec satellite : spec.satellites()) {
            for (Ident source : satellite.sources()) {
                vault.satellites().add(satellite(vault.naming(), spec, satellite,
                        spec.sourceMappings().get(source.value()), ref));
            }
        }
    }

    /** An attribute as loaded from {@code mapping}: its source column is the rename, if the mapping has one. */
    public static Attribute attribute(AttributeSpec attribute, SourceMappingSpec mapping) {
        Ident renamed = mapping.columns().get(attribute.name().value());
        return new Attribute(attribute.name().value(), attribute.description(),
                renamed == null ? attribute.name().value() : renamed.value());
    }

    private static Satellite satellite(NamingConventions naming, EntitySpec spec, SatelliteSpec satellite,
                                       SourceMappingSpec mapping, SpecRef ref) {
        String name = spec.name().value();
        String group = satellite.name().value();
        String source = mapping.name().value();
        return new Satellite(naming.satelliteModelName(name, group, source), naming.satelliteFolder(), name, group,
                satellite.description(), source, naming.hubModelName(name), naming.hubHashKeyName(name),
                naming.hashdiffName(name, group),
                satellite.attributes().stream().map(a -> attribute(a, mapping)).toList(),
                naming.stagingModelName(name, source), ref);
    }
}
