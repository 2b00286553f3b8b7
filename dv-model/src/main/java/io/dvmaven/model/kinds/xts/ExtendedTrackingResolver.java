package io.dvmaven.model.kinds.xts;

import io.dvmaven.model.kinds.StageAdditions;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.masat.MultiActiveSatelliteKind;
import io.dvmaven.model.kinds.masat.MultiActiveSatelliteSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.xts.ExtendedTrackingSatellite.Tracked;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.DerivedColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves an entity's extended tracking into one xts per source system that loads a tracked group (AutomateDV
 * reads every tracked satellite's columns from every stage it is given, so each stage gets its own xts), and adds
 * each tracked satellite's name as a constant column to that stage.
 */
final class ExtendedTrackingResolver {

    private ExtendedTrackingResolver() {
    }

    /** Source systems loading at least one tracked group, sorted. */
    static List<String> sources(EntitySpec entity, ExtendedTrackingSpec tracking) {
        Set<String> sources = new TreeSet<>();
        for (Ident group : tracking.satellites()) {
            groupSources(entity, group.value()).forEach(s -> sources.add(s.value()));
        }
        return List.copyOf(sources);
    }

    private static List<Ident> groupSources(EntitySpec entity, String group) {
        for (SatelliteSpec satellite : entity.satellites()) {
            if (satellite.name().value().equals(group)) {
                return satellite.sources();
            }
        }
        for (MultiActiveSatelliteSpec satellite : entity.part(MultiActiveSatelliteSpec.class)) {
            if (satellite.name().value().equals(group)) {
                return satellite.sources();
            }
        }
        return List.of();
    }

    static void resolve(EntitySpec spec, VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        String name = spec.name().value();
        for (ExtendedTrackingSpec tracking : spec.part(ExtendedTrackingSpec.class)) {
            for (String source : sources(spec, tracking)) {
                String stage = naming.stagingModelName(name, source);
                List<Tracked> tracked = new ArrayList<>();
                List<DerivedColumn> names = new ArrayList<>();
                for (Ident group : tracking.satellites()) {
                    if (groupSources(spec, group.value()).stream().noneMatch(s -> s.value().equals(source))) {
                        continue;
                    }
                    String satellite = satelliteModel(naming, spec, group.value(), source);
                    String column = naming.name(ExtendedTrackingKind.NAME_COLUMN, Map.of("entity", name, "group",
                            group.value()));
                    tracked.add(new Tracked(satellite, column, naming.hashdiffName(name, group.value())));
                    names.add(new DerivedColumn(column, "!" + satellite, "Satellite name " + satellite
                            + ", recorded with each arrival of group " + group.value() + " in "
                            + ExtendedTrackingKind.modelName(naming, name, source)));
                }
                tracked.sort(Comparator.comparing(Tracked::satelliteModel));
                vault.add(ExtendedTrackingSatellite.class, new ExtendedTrackingSatellite(
                        ExtendedTrackingKind.modelName(naming, name, source),
                        naming.pattern(ExtendedTrackingKind.FOLDER), name, tracking.description(), source,
                        naming.hubModelName(name), naming.hubHashKeyName(name), stage, List.copyOf(tracked),
                        VaultBuilder.ref(spec)));
                StageAdditions.add(vault, stage, names, List.of(), List.of());
            }
        }
    }

    private static String satelliteModel(NamingConventions naming, EntitySpec spec, String group, String source) {
        String name = spec.name().value();
        for (MultiActiveSatelliteSpec satellite : spec.part(MultiActiveSatelliteSpec.class)) {
            if (satellite.name().value().equals(group)) {
                return MultiActiveSatelliteKind.modelName(naming, name, satellite, source);
            }
        }
        return naming.satelliteModelName(name, group, source);
    }
}
