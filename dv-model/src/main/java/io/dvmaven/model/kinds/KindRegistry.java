package io.dvmaven.model.kinds;

import io.dvmaven.model.kinds.asof.AsOfDatesKind;
import io.dvmaven.model.kinds.bridge.BridgeKind;
import io.dvmaven.model.kinds.effsat.EffSatKind;
import io.dvmaven.model.kinds.hub.HubKind;
import io.dvmaven.model.kinds.link.LinkKind;
import io.dvmaven.model.kinds.linksat.LinkSatKind;
import io.dvmaven.model.kinds.nhlink.NhLinkKind;
import io.dvmaven.model.kinds.pit.PitKind;
import io.dvmaven.model.kinds.reftable.ReferenceTableKind;
import io.dvmaven.model.kinds.rolelink.RoleLinkKind;
import io.dvmaven.model.kinds.rolelink.RoleLinkType;
import io.dvmaven.model.kinds.masat.MultiActiveSatelliteKind;
import io.dvmaven.model.kinds.sat.SatelliteKind;
import io.dvmaven.model.kinds.stage.StageKind;
import io.dvmaven.model.kinds.xts.ExtendedTrackingKind;
import java.util.List;

/**
 * Every structure kind, one line each, in dependency order: a kind may read what kinds above it produced
 * (source mappings need the hub's business key; links and satellites need hubs and source mappings).
 */
public final class KindRegistry {

    private static final List<Kind> KINDS = List.of(
            new HubKind(),
            new StageKind(),
            new LinkKind(),
            new SatelliteKind(),
            new EffSatKind(),
            new NhLinkKind(),
            new LinkSatKind(),
            new RoleLinkKind(RoleLinkType.HIERARCHICAL),
            new RoleLinkKind(RoleLinkType.SAME_AS),
            new MultiActiveSatelliteKind(),
            new ExtendedTrackingKind(),
            new ReferenceTableKind(),
            new AsOfDatesKind(),
            new PitKind(),
            new BridgeKind());

    private KindRegistry() {
    }

    public static List<Kind> all() {
        return KINDS;
    }

    /** Every kind's source uses of {@code entity}, in registry order. */
    public static List<SourceUse> sourceUses(io.dvmaven.model.spec.EntitySpec entity) {
        return KINDS.stream().flatMap(k -> k.sourceUses(entity).stream()).toList();
    }
}
