package io.dvmaven.model.kinds.nhlink;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.KindMacroRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The non-historised (transactional) link: one row per transaction of an entity with other hubs, with its payload
 * and effective date, never updated (AutomateDV {@code nh_link}; not the deprecated {@code t_link}).
 */
public final class NhLinkKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("nonHistorisedLinkModel", "nh_l_{link}",
            Set.of("link"), Set.of("link"), "non-historised (transactional) link model name");
    public static final NamingPattern FOLDER = new NamingPattern("nonHistorisedLinkFolder",
            "integration/nh_links", Set.of(), Set.of(), "folder of non-historised links");

    @Override
    public String id() {
        return "nh_link";
    }

    @Override
    public String section() {
        return NhLinkSection.SECTION;
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new NhLinkSection(document).read(top, entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        return entity.part(NhLinkSpec.class).stream().map(l -> new SourceUse("transactional link '"
                + l.name().value() + "'", List.of(l.source()), AttributeSpec.names(l.payload()))).toList();
    }

    @Override
    public void validate(DesignCheck design) {
        NhLinkValidation.validate(design);
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (NhLinkSpec link : entity.part(NhLinkSpec.class)) {
            design.model(modelName(design.naming(), link), "transactional link '" + link.name().value() + "'",
                    link.name().location());
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        new NhLinkResolver(vault).resolve(entity);
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, FOLDER);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new NhLinkDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        for (NhLinkSpec link : entity.part(NhLinkSpec.class)) {
            String model = modelName(naming, link);
            List<String> hubs = new ArrayList<>();
            hubs.add(entity.name().value());
            link.relatedHubs().forEach(h -> hubs.add(h.value()));
            List<String> columns = new ArrayList<>();
            columns.add("binary " + naming.linkHashKeyName(link.name().value()) + " PK");
            hubs.forEach(h -> columns.add("binary " + naming.hubHashKeyName(h) + " FK"));
            link.transactionKey().forEach(c -> columns.add("varchar " + c.value() + " \"transaction key\""));
            link.payload().forEach(a -> columns.add("varchar " + a.name().value()));
            columns.add("timestamp " + link.effectiveFrom().value() + " \"effective from\"");
            canvas.table(model, DiagramCanvas.Style.LINK, columns);
            hubs.forEach(h -> canvas.relationship(naming.hubModelName(h), model, "transacts"));
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new KindMacroRule("DV021", List.of("nh_link", "t_link"), "non-historised link", MODEL, FOLDER,
                KindMacroRule.Recognition.EVERY_CALL));
    }

    private static String modelName(NamingConventions naming, NhLinkSpec link) {
        return naming.name(MODEL, Map.of("link", link.name().value()));
    }
}
