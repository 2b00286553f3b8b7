package io.dvmaven.model.kinds.link;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.LinkHubsRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;

/** The link: a relationship between an entity's hub and one or more other hubs. */
public final class LinkKind implements Kind {

    @Override
    public String id() {
        return "link";
    }

    @Override
    public String section() {
        return "links";
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new LinkSection(document).read(top, entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        return entity.links().stream().map(l -> new SourceUse("link '" + l.name().value() + "'", l.sources()))
                .toList();
    }

    @Override
    public void validate(DesignCheck design) {
        LinkValidation.checkDuplicateLinks(design);
        LinkValidation.checkRelatedHubs(design);
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (LinkSpec link : entity.links()) {
            design.model(design.naming().linkModelName(link.name().value()), "link '" + link.name().value() + "'",
                    link.name().location());
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        new LinkResolver(vault).resolve(entity);
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new LinkHubsRule());
    }
}
