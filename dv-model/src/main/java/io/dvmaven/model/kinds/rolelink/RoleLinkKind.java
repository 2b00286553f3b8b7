package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.KindMacroRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hierarchical and same-as links: a link joining an entity's hub with itself, one hash key per role
 * ({@code customer_hk} becomes {@code parent_customer_hk} and {@code child_customer_hk}: the hub's naming patterns
 * applied to {@code <role>_<entity>}, so they pass the same naming rules). One instance per
 * {@link RoleLinkType}, each with its own section; they are the same structure (AutomateDV {@code link}).
 */
public final class RoleLinkKind implements Kind {

    private final RoleLinkType type;

    public RoleLinkKind(RoleLinkType type) {
        this.type = type;
    }

    @Override
    public String id() {
        return type.id();
    }

    @Override
    public String section() {
        return type.section();
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new RoleLinkSection(document, type).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        if (entity.hub() == null || entity.name() == null) {
            return;
        }
        int parts = entity.hub().businessKey().size();
        for (RoleLinkSpec link : links(entity)) {
            link.roleKeys().forEach((source, byRole) -> byRole.forEach((role, columns) -> {
                if (!columns.isEmpty() && columns.size() != parts) {
                    document.diagnostics().error(columns.get(0).location(), "spec.link-key-arity", "role_keys."
                            + source + "." + role + " of " + type.label() + " '" + link.name().value() + "' gives "
                            + columns.size() + " column(s), but the business key of '" + entity.name().value()
                            + "' has " + parts + " part(s)", "list one column per key part in business_key order");
                }
            }));
        }
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        return links(entity).stream().map(l -> new SourceUse(type.label() + " '" + l.name().value() + "'",
                l.sources())).toList();
    }

    @Override
    public void validate(DesignCheck design) {
        Set<String> linkNames = design.entities().stream().flatMap(e -> e.links().stream())
                .map(l -> l.name().value()).collect(Collectors.toSet());
        Map<String, List<Ident>> names = new LinkedHashMap<>();
        for (EntitySpec entity : design.entities()) {
            for (RoleLinkSpec link : links(entity)) {
                names.computeIfAbsent(link.name().value(), k -> new ArrayList<>()).add(link.name());
                if (linkNames.contains(link.name().value())) {
                    design.diagnostics().error(link.name().location(), "spec.duplicate-name", type.label() + " '"
                            + link.name().value() + "' has the name of a link, so both would get hash key column "
                            + design.naming().linkHashKeyName(link.name().value()), "rename the " + type.label());
                }
            }
        }
        design.reportDuplicates(names, type.label(), "rename one of them (link names are unique across the design)");
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (RoleLinkSpec link : links(entity)) {
            design.model(design.naming().name(type.model(), Map.of("link", link.name().value())), type.label() + " '"
                    + link.name().value() + "'", link.name().location());
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        new RoleLinkResolver(vault, type).resolve(entity, links(entity));
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(type.model(), type.folder());
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new RoleLinkDiagram(type));
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        String name = entity.name().value();
        for (RoleLinkSpec link : links(entity)) {
            String model = naming.name(type.model(), Map.of("link", link.name().value()));
            List<String> columns = new ArrayList<>();
            columns.add("binary " + naming.linkHashKeyName(link.name().value()) + " PK");
            link.roles().forEach(r -> columns.add("binary " + roleHashKey(naming, r.value(), name) + " FK"));
            canvas.table(model, DiagramCanvas.Style.LINK, columns);
            link.roles().forEach(r -> canvas.relationship(naming.hubModelName(name), model, r.value()));
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new KindMacroRule(type == RoleLinkType.HIERARCHICAL ? "DV023" : "DV024", List.of("link"),
                type.label(), type.model(), type.folder(), KindMacroRule.Recognition.NAMED_BY_THE_PATTERN));
    }

    /** A role's hash key: the hub hash key pattern applied to {@code <role>_<entity>} ({@code parent_customer_hk}). */
    static String roleHashKey(NamingConventions naming, String role, String entity) {
        return naming.hubHashKeyName(role + "_" + entity);
    }

    private List<RoleLinkSpec> links(EntitySpec entity) {
        return entity.part(RoleLinkSpec.class).stream().filter(l -> l.type() == type).toList();
    }
}
