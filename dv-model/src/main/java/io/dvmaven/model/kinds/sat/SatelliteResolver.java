package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Resolves each attribute group of an entity into one satellite per source system. */
public final class SatelliteResolver {

    private SatelliteResolver() {
    }

    static void resolve(EntitySpec spec, VaultBuilder vault) {
        SpecRef ref = VaultBuilder.ref(spec);
        for (SatelliteSpec satellite : spec.satellites()) {
            for (Ident source : satellite.sources()) {
                vault.satellites().add(satellite(vault, spec, satellite,
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

    private static Satellite satellite(VaultBuilder vault, EntitySpec spec, SatelliteSpec satellite,
                                       SourceMappingSpec mapping, SpecRef ref) {
        NamingConventions naming = vault.naming();
        String name = spec.name().value();
        String group = satellite.name().value();
        String source = mapping.name().value();
        String stageModel = naming.stagingModelName(name, source);
        Stage stage = vault.stage(stageModel);
        String hashdiff = naming.hashdiffName(name, group);
        return new Satellite(naming.satelliteModelName(name, group, source), naming.satelliteFolder(), name, group,
                satellite.description(), source, naming.hubModelName(name), naming.hubHashKeyName(name), hashdiff,
                satellite.attributesFrom(source).stream().map(a -> attribute(a, mapping)).toList(), stageModel, ref,
                stage == null ? null : stage.effectiveFrom(), stage == null ? List.of() : stage.extraColumns(),
                stage == null ? List.of() : payloadExcludes(stage, hashdiff));
    }

    /**
     * With {@code exclude_columns}, the payload is every stage column the hashdiff hashes: the stage's raw columns
     * except the hashdiff's exclusions, so every derived and hashed column of the stage is left out as well.
     */
    private static List<String> payloadExcludes(Stage stage, String hashdiff) {
        HashedColumn own = stage.hashedColumns().stream().filter(h -> h.name().equals(hashdiff) && h.excludes())
                .findFirst().orElse(null);
        if (own == null) {
            return List.of();
        }
        Set<String> excluded = new LinkedHashSet<>(own.columns());
        stage.derivedColumns().forEach(d -> excluded.add(d.name()));
        stage.hashedColumns().forEach(h -> excluded.add(h.name()));
        return List.copyOf(excluded);
    }
}
