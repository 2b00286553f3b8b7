package io.dvmaven.model.kinds.linksat;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteResolver;
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
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The link satellite: the history of attributes of a relationship, keyed by the link's hash key (AutomateDV
 * {@code sat} on a link), one model per attribute group and source.
 */
public final class LinkSatKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("linkSatelliteModel", "ls_{link}_{group}_{source}",
            Set.of("link", "group", "source"), Set.of("link", "group", "source"), "link satellite model name");
    public static final NamingPattern FOLDER = new NamingPattern("linkSatelliteFolder",
            "integration/link_satellites", Set.of(), Set.of(), "folder of link satellites");

    @Override
    public String id() {
        return "link_sat";
    }

    @Override
    public String section() {
        return LinkSatSection.SECTION;
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new LinkSatSection(document).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        new LinkSatSection(document).check(entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        List<SourceUse> uses = new ArrayList<>();
        for (LinkSatSpec spec : entity.part(LinkSatSpec.class)) {
            LinkRefs.of(entity, spec.link()).ifPresent(link -> uses.add(new SourceUse("link satellite '" + spec.name().value()
                    + "'", LinkRefs.sourcesOrAll(link, spec.sources()), AttributeSpec.names(spec.attributes()))));
        }
        return uses;
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (LinkSatSpec spec : entity.part(LinkSatSpec.class)) {
            LinkRefs.of(entity, spec.link()).ifPresent(link -> LinkRefs.sourcesOrAll(link, spec.sources()).forEach(source ->
                    design.model(modelName(design.naming(), spec, source.value()), "link satellite '"
                            + spec.name().value() + "' of link '" + spec.link().value() + "' for source '"
                            + source.value() + "'", spec.name().location())));
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        String name = entity.name().value();
        for (LinkSatSpec spec : entity.part(LinkSatSpec.class)) {
            LinkSpec link = LinkRefs.of(entity, spec.link()).orElseThrow();
            String linkName = link.name().value();
            String group = spec.name().value();
            String hashdiff = hashdiff(naming, name, linkName, group);
            for (Ident source : LinkRefs.sourcesOrAll(link, spec.sources())) {
                List<Attribute> payload = spec.attributes().stream().map(a -> SatelliteResolver.attribute(a,
                        entity.sourceMappings().get(source.value()))).toList();
                String stageModel = naming.stagingModelName(name, source.value());
                List<DerivedColumn> renames = payload.stream().filter(Attribute::renamed).map(a -> new DerivedColumn(
                        a.name(), a.sourceColumn(), "Attribute " + a.name() + ", renamed from " + source.value() + "."
                        + a.sourceColumn())).toList();
                StageExtension.add(vault, stageModel, renames, List.of(new HashedColumn(hashdiff,
                        payload.stream().map(Attribute::name).toList(), true, "Hashdiff of link satellite group "
                        + group + " of link " + linkName)));
                vault.add(LinkSatellite.class, new LinkSatellite(modelName(naming, spec, source.value()),
                        naming.pattern(FOLDER), name, linkName, naming.linkModelName(linkName),
                        naming.linkHashKeyName(linkName), group, spec.description(), source.value(), hashdiff,
                        payload, stageModel, VaultBuilder.ref(entity)));
            }
        }
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, FOLDER);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new LinkSatDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        for (LinkSatSpec spec : entity.part(LinkSatSpec.class)) {
            String linkName = spec.link().value();
            for (Ident source : LinkRefs.of(entity, spec.link()).map(l -> LinkRefs.sourcesOrAll(l, spec.sources()))
                    .orElse(List.of())) {
                String model = modelName(naming, spec, source.value());
                List<String> columns = new ArrayList<>();
                columns.add("binary " + naming.linkHashKeyName(linkName) + " FK");
                columns.add("binary " + hashdiff(naming, entity.name().value(), linkName, spec.name().value()));
                spec.attributes().forEach(a -> columns.add("varchar " + a.name().value()));
                canvas.table(model, DiagramCanvas.Style.SATELLITE, columns);
                canvas.relationship(naming.linkModelName(linkName), model, "describes");
            }
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new KindMacroRule("DV022", List.of("sat"), "link satellite", MODEL, FOLDER,
                KindMacroRule.Recognition.KEYED_BY_A_LINK));
    }

    /** The hashdiff pattern applied to the group {@code <link>_<group>}, unique beside the hub's groups. */
    private static String hashdiff(NamingConventions naming, String entity, String link, String group) {
        return naming.hashdiffName(entity, link + "_" + group);
    }

    private static String modelName(NamingConventions naming, LinkSatSpec spec, String source) {
        return naming.name(MODEL, Map.of("link", spec.link().value(), "group", spec.name().value(), "source", source));
    }
}
