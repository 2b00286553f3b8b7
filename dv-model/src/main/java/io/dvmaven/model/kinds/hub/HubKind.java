package io.dvmaven.model.kinds.hub;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.BusinessKeySuffixRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;

/** The hub: one per business entity, keyed by its business key. */
public final class HubKind implements Kind {

    @Override
    public String id() {
        return "hub";
    }

    @Override
    public String section() {
        return "hub";
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        HubSection.read(document, top, entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        return entity.hub() == null ? List.of() : List.of(new SourceUse("hub", entity.hub().sources()));
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        String name = entity.name().value();
        design.model(design.naming().hubModelName(name), "hub of entity '" + name + "'", entity.name().location());
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        HubResolver.resolve(entity, vault);
    }

    @Override
    public void complete(VaultBuilder vault) {
        HubResolver.complete(vault);
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new BusinessKeySuffixRule());
    }
}
