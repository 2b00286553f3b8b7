package io.dvmaven.model.kinds.effsat;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.stage.StageExtension;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.KindMacroRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.LinkedHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The effectivity satellite: on a link, which relationship of each driving key is open now (AutomateDV
 * {@code eff_sat}), one model per link and source.
 */
public final class EffSatKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("effectivitySatelliteModel", "eff_{link}_{source}",
            Set.of("link", "source"), Set.of("link", "source"), "effectivity satellite model name");
    public static final NamingPattern FOLDER = new NamingPattern("effectivitySatelliteFolder",
            "integration/effectivity_satellites", Set.of(), Set.of(), "folder of effectivity satellites");

    @Override
    public String id() {
        return "eff_sat";
    }

    @Override
    public String section() {
        return EffSatSection.SECTION;
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new EffSatSection(document).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        new EffSatSection(document).check(entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        List<SourceUse> uses = new ArrayList<>();
        for (EffSatSpec spec : entity.part(EffSatSpec.class)) {
            LinkRefs.of(entity, spec.link()).ifPresent(link -> uses.add(new SourceUse("effectivity satellite of link '"
                    + link.name().value() + "'", LinkRefs.sourcesOrAll(link, spec.sources()))));
        }
        return uses;
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (EffSatSpec spec : entity.part(EffSatSpec.class)) {
            LinkRefs.of(entity, spec.link()).ifPresent(link -> LinkRefs.sourcesOrAll(link, spec.sources()).forEach(source ->
                    design.model(modelName(design.naming(), spec, source), "effectivity satellite of link '"
                            + spec.link().value() + "' for source '" + source.value() + "'", spec.location())));
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        String name = entity.name().value();
        for (EffSatSpec spec : entity.part(EffSatSpec.class)) {
            LinkSpec link = LinkRefs.of(entity, spec.link()).orElseThrow();
            List<String> driving = spec.drivingKeys().isEmpty() ? List.of(name)
                    : spec.drivingKeys().stream().map(Ident::value).toList();
            List<LinkedHub> hubs = LinkRefs.hubs(name, link).stream().map(h -> LinkRefs.linkedHub(vault, h)).toList();
            String linkName = link.name().value();
            // src_eff gets a column of its own: the macro selects it beside the start date, and PostgreSQL
            // rejects a column named twice when both are the same source column
            String effective = linkName + "_effective_from";
            String effectiveSource = (spec.effectiveFrom() == null ? spec.startDate() : spec.effectiveFrom()).value();
            for (Ident source : LinkRefs.sourcesOrAll(link, spec.sources())) {
                StageExtension.add(vault, naming.stagingModelName(name, source.value()), List.of(new DerivedColumn(
                        effective, effectiveSource, "Effective-from date of link " + linkName + ", from "
                        + source.value() + "." + effectiveSource)), List.of());
                vault.add(EffectivitySatellite.class, new EffectivitySatellite(modelName(naming, spec, source),
                        naming.pattern(FOLDER), name, linkName, naming.linkModelName(linkName),
                        naming.linkHashKeyName(linkName), spec.description(),
                        hubs.stream().filter(h -> driving.contains(h.entity())).toList(),
                        hubs.stream().filter(h -> !driving.contains(h.entity())).toList(), spec.startDate().value(),
                        spec.endDate().value(), effective, spec.autoEndDating(), source.value(),
                        naming.stagingModelName(name, source.value()), VaultBuilder.ref(entity)));
            }
        }
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, FOLDER);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new EffSatDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        for (EffSatSpec spec : entity.part(EffSatSpec.class)) {
            Optional<LinkSpec> link = LinkRefs.of(entity, spec.link());
            String linkName = spec.link().value();
            for (Ident source : link.map(l -> LinkRefs.sourcesOrAll(l, spec.sources())).orElse(List.of())) {
                String model = modelName(naming, spec, source);
                String end = spec.endDate().value();
                canvas.table(model, DiagramCanvas.Style.SATELLITE, List.of(
                        "binary " + naming.linkHashKeyName(linkName) + " FK",
                        "timestamp " + spec.startDate().value(),
                        "timestamp " + end + " \"open while 9999-12-31\""));
                canvas.relationship(naming.linkModelName(linkName), model, "is effective");
            }
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new KindMacroRule("DV020", List.of("eff_sat"), "effectivity satellite", MODEL, FOLDER,
                KindMacroRule.Recognition.EVERY_CALL));
    }

    private static String modelName(NamingConventions naming, EffSatSpec spec, Ident source) {
        return naming.name(MODEL, Map.of("link", spec.link().value(), "source", source.value()));
    }
}
