package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.HashdiffNameRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.SatelliteHubRelationshipRule;
import io.dvmaven.model.rules.SatelliteNameRule;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.List;

/** The satellite: an attribute group of an entity, loaded into one satellite per source system. */
public final class SatelliteKind implements Kind {

    @Override
    public String id() {
        return "sat";
    }

    @Override
    public String section() {
        return "satellites";
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new SatelliteSection(document).read(top, entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        return entity.satellites().stream()
                .map(s -> new SourceUse("satellite '" + s.name().value() + "'", s.sources())).toList();
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        String name = entity.name().value();
        for (SatelliteSpec satellite : entity.satellites()) {
            for (Ident source : satellite.sources()) {
                design.model(design.naming().satelliteModelName(name, satellite.name().value(), source.value()),
                        "satellite '" + satellite.name().value() + "' of entity '" + name + "' for source '"
                                + source.value() + "'", satellite.name().location());
            }
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        SatelliteResolver.resolve(entity, vault);
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new HashdiffNameRule(), new SatelliteNameRule(), new SatelliteHubRelationshipRule());
    }
}
