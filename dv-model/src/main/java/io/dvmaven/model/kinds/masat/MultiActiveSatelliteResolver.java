package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.kinds.StageAdditions;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves each multi-active group of an entity into one multi-active satellite per source, and adds its hashdiff
 * (over the child keys and the payload of one row, as AutomateDV compares sets row by row) to the source's stage.
 */
final class MultiActiveSatelliteResolver {

    private MultiActiveSatelliteResolver() {
    }

    static void resolve(EntitySpec spec, VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        String name = spec.name().value();
        for (MultiActiveSatelliteSpec satellite : spec.part(MultiActiveSatelliteSpec.class)) {
            String group = satellite.name().value();
            List<Attribute> childKeys = attributes(satellite.childKeys());
            List<Attribute> payload = attributes(satellite.attributes());
            String hashdiff = naming.hashdiffName(name, group);
            List<String> hashed = new ArrayList<>();
            childKeys.forEach(k -> hashed.add(k.name()));
            payload.forEach(a -> hashed.add(a.name()));
            List<Attribute> all = new ArrayList<>(childKeys);
            all.addAll(payload);
            for (Ident source : satellite.sources()) {
                String stage = naming.stagingModelName(name, source.value());
                vault.add(MultiActiveSatellite.class, new MultiActiveSatellite(
                        MultiActiveSatelliteKind.modelName(naming, name, satellite, source.value()),
                        naming.pattern(MultiActiveSatelliteKind.FOLDER), name, group, satellite.description(),
                        source.value(), naming.hubModelName(name), naming.hubHashKeyName(name), hashdiff, childKeys,
                        payload, stage, VaultBuilder.ref(spec)));
                StageAdditions.add(vault, stage, List.of(), List.of(new HashedColumn(hashdiff, List.copyOf(hashed),
                        true, "Hashdiff of multi-active group " + group + " (child key and payload of one row)")),
                        all);
            }
        }
    }

    /** The child key and payload columns each multi-active satellite reads, in its stage's raw table. */
    static void addRawColumns(VaultBuilder vault) {
        for (MultiActiveSatellite satellite : vault.all(MultiActiveSatellite.class)) {
            Stage stage = vault.stage(satellite.stageModel());
            if (stage == null) {
                continue;
            }
            List<RawColumn> columns = new ArrayList<>();
            satellite.childKeys().forEach(k -> columns.add(new RawColumn(k.name(), RawColumn.Role.ATTRIBUTE,
                    k.description() != null ? k.description() : "Child key of " + satellite.entity() + " ("
                            + satellite.group() + "): tells the rows of one set apart")));
            satellite.payload().forEach(a -> columns.add(new RawColumn(a.name(), RawColumn.Role.ATTRIBUTE,
                    a.description() != null ? a.description() : "Attribute " + a.name() + " of "
                            + satellite.entity() + " (" + satellite.group() + ")")));
            StageAdditions.addRawColumns(vault, satellite.source(), stage.rawTable(), columns);
        }
    }

    private static List<Attribute> attributes(List<AttributeSpec> specs) {
        return specs.stream().map(a -> new Attribute(a.name().value(), a.description(), a.name().value())).toList();
    }
}
