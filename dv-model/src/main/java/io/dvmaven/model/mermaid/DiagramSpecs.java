package io.dvmaven.model.mermaid;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.hub.HubSpec;
import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.mermaid.ErDiagram.Column;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives Data Vault meaning to erDiagrams and merges them with the YAML/JSON specs: tables are hubs, links or
 * satellites by the naming conventions, {@code %% dv:} directives add what a diagram cannot hold, and an entity
 * described both by a diagram and by a YAML/JSON spec is combined fact by fact. A fact given in both places
 * must be the same (otherwise it is an error); lists of sources are united.
 *
 * <p>The result is the same {@link EntitySpec} records the YAML parser produces, so validation, resolution and
 * rendering are shared.
 */
public final class DiagramSpecs {

    private static final String MISSING_HUB = "missing required key 'hub' in the entity spec";

    final NamingConventions naming;
    final Diagnostics diagnostics;
    final List<Decision> decisions;
    final Map<String, EntitySpec> yaml = new LinkedHashMap<>();
    final Map<String, Draft> drafts = new LinkedHashMap<>();
    final Map<String, LinkDraft> links = new LinkedHashMap<>();
    final Map<String, Role> roles = new HashMap<>();

    private final DiagramTables tableReader = new DiagramTables(this);
    private final DiagramDirectives directiveReader = new DiagramDirectives(this);
    private final KindDirectives kindReader = new KindDirectives(this);
    private final DiagramSatellites satelliteReader = new DiagramSatellites(this);
    Set<String> excluding = Set.of();

    private DiagramSpecs(NamingConventions naming, Diagnostics diagnostics, List<Decision> decisions) {
        this.naming = naming;
        this.diagnostics = diagnostics;
        this.decisions = decisions;
    }

    /**
     * @param specs           entities read from YAML/JSON files, in file order
     * @param specDiagnostics what reading those files reported; a YAML spec that completes a diagram's entity
     *                        may leave out {@code hub} (the diagram's hub table is the hub), so that one
     *                        finding is dropped for such specs
     * @param diagrams        erDiagrams read from {@code .mmd}/{@code .md} files, in file order
     * @return every entity: YAML-only ones as they are, diagram ones merged with their YAML counterpart
     */
    public static List<EntitySpec> combine(List<EntitySpec> specs, List<Diagnostic> specDiagnostics,
                                           List<ErDiagram> diagrams, NamingConventions naming,
                                           Diagnostics diagnostics, List<Decision> decisions) {
        if (diagrams.isEmpty()) {
            diagnostics.addAll(specDiagnostics);
            return specs;
        }
        return new DiagramSpecs(naming, diagnostics, decisions).run(specs, specDiagnostics, diagrams);
    }

    private List<EntitySpec> run(List<EntitySpec> specs, List<Diagnostic> specDiagnostics,
                                 List<ErDiagram> diagrams) {
        specs.forEach(s -> yaml.putIfAbsent(s.name().value(), s));
        List<Placed<Table>> tables = declaredTables(diagrams);
        for (Placed<Table> table : tables) {
            if (roles.get(table.item().name()) instanceof Role.Hub hub) {
                tableReader.hub(table, hub.entity());
            }
        }
        List<Placed<Directive>> directives = new ArrayList<>();
        diagrams.forEach(d -> d.directives().forEach(x -> directives.add(new Placed<>(d, x))));
        List<Placed<Directive>> valid = directives.stream().filter(d -> Directives.checkShape(d.item(), diagnostics)).toList();
        excluding = DiagramSatellites.excluding(valid);
        boolean singleHub = drafts.values().stream().filter(d -> d.hubTable != null).count() == 1;
        valid.stream().filter(d -> d.item().keyword().equals("source")).forEach(d -> directiveReader.source(d, singleHub));
        for (Placed<Table> table : tables) {
            if (roles.get(table.item().name()) instanceof Role.Satellite) {
                tableReader.satellite(table);
            }
        }
        for (Placed<Table> table : tables) {
            if (roles.get(table.item().name()) instanceof Role.Link link) {
                tableReader.link(table, link.name());
            }
        }
        Set<String> declared = tables.stream().map(t -> t.item().name()).collect(Collectors.toSet());
        diagrams.forEach(d -> d.relationships().stream() // a kind's table and its lines are its picture
                .filter(r -> !kindReader.isKindTable(r.left()) && !kindReader.isKindTable(r.right()))
                .forEach(r -> tableReader.relationship(r, declared)));
        for (LinkDraft link : List.copyOf(links.values())) {
            if (link.hubs.size() < 2) {
                diagnostics.error(link.location, "mermaid.link-hubs", "link table '" + link.table + "' relates "
                        + (link.hubs.isEmpty() ? "no hub" : "only hub " + naming.hubModelName(link.hubs.get(0)
                        .value())), "add an FK column " + naming.hubHashKeyName("<entity>") + " for every hub "
                        + "it relates (at least two)");
                links.remove(link.name.value());
            } else {
                draft(link.hubs.get(0).value(), link.diagram, link.location);
            }
        }
        for (Placed<Directive> d : valid) {
            switch (d.item().keyword()) {
                case "related_key" -> directiveReader.relatedKey(d.item());
                case "business_key" -> directiveReader.businessKey(d.item());
                case "link" -> directiveReader.linkOptions(d.item());
                case "description" -> directiveReader.description(d.item());
                case "rule" -> directiveReader.rule(d.item());
                case "satellite" -> satelliteReader.apply(d.item());
                default -> {
                }
            }
        }
        kindReader.collect(valid);
        drafts.values().forEach(tableReader::defaultBusinessKey);

        Set<SourceLocation> completed = new HashSet<>();
        Map<String, EntitySpec> merged = new LinkedHashMap<>();
        for (Draft draft : drafts.values()) {
            EntitySpec fromDiagram = kindReader.read(draft.build());
            EntitySpec fromSpec = yaml.get(draft.name);
            EntitySpec entity = fromDiagram;
            if (fromSpec != null) {
                entity = new DiagramMerge(fromDiagram, fromSpec, diagnostics).run();
                if (fromSpec.hub() == null && fromDiagram.hub() != null) {
                    completed.add(fromSpec.location());
                }
            }
            new DiagramChecks(naming, diagnostics).check(entity, fromSpec);
            kindReader.check(entity);
            merged.put(draft.name, entity);
        }
        for (Diagnostic finding : specDiagnostics) {
            boolean waived = "spec.missing-field".equals(finding.code()) && MISSING_HUB.equals(finding.message())
                    && completed.contains(finding.location());
            if (!waived) {
                diagnostics.add(finding);
            }
        }
        List<EntitySpec> result = new ArrayList<>();
        for (EntitySpec spec : specs) {
            EntitySpec combined = merged.remove(spec.name().value());
            // a second YAML spec of an entity stays as it is, for the duplicate-entity check
            result.add(combined != null ? combined : spec);
        }
        result.addAll(merged.values());
        kindReader.checkTables(result);
        return result;
    }

    // ---------------------------------------------------------------- tables and roles

    sealed interface Role {
        record Hub(String entity) implements Role {
        }

        record Link(String name) implements Role {
        }

        record Satellite() implements Role {
        }
    }

    record Placed<T>(ErDiagram diagram, T item) {
    }

    private List<Placed<Table>> declaredTables(List<ErDiagram> diagrams) {
        List<Placed<Table>> tables = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (ErDiagram diagram : diagrams) {
            for (Table table : diagram.tables()) {
                SourceLocation first = seen.putIfAbsent(table.name(), table.location());
                if (first != null) {
                    diagnostics.error(table.location(), "mermaid.duplicate-table", "table '" + table.name()
                            + "' is declared twice (first at " + first + ")", "declare each table once, with all "
                            + "its columns");
                    continue;
                }
                Role role = role(table.name());
                if (role == null) {
                    kindReader.table(new Placed<>(diagram, table));
                    continue;
                }
                roles.put(table.name(), role);
                tables.add(new Placed<>(diagram, table));
            }
        }
        return tables;
    }

    Role role(String table) {
        String entity = NamePattern.single(naming.hubModel(), table, "entity");
        if (entity != null) {
            return new Role.Hub(entity);
        }
        String link = NamePattern.single(naming.linkModel(), table, "link");
        if (link != null) {
            return new Role.Link(link);
        }
        return NamePattern.matches(naming.satelliteModel(), table).isEmpty() ? null : new Role.Satellite();
    }

    boolean knownEntity(String entity) {
        return yaml.containsKey(entity) || (drafts.containsKey(entity) && drafts.get(entity).hubTable != null);
    }

    Draft draft(String entity, ErDiagram diagram, SourceLocation location) {
        return drafts.computeIfAbsent(entity, name -> new Draft(name, diagram, location));
    }

    Set<String> knownEntities() {
        Set<String> names = new LinkedHashSet<>(yaml.keySet());
        drafts.values().stream().filter(d -> d.hubTable != null).forEach(d -> names.add(d.name));
        return names;
    }

    Set<String> knownSources(String entity) {
        Set<String> sources = new LinkedHashSet<>();
        Draft draft = drafts.get(entity);
        if (draft != null) {
            sources.addAll(draft.mappings.keySet());
        }
        EntitySpec spec = yaml.get(entity);
        if (spec != null) {
            sources.addAll(spec.sourceMappings().keySet());
        }
        return sources;
    }

    void checkName(Ident ident, String label) {
        Names.checkIdentifier(ident, label, diagnostics);
    }

    // ---------------------------------------------------------------- drafts

    final class Draft {
        final String name;
        ErDiagram diagram;
        SourceLocation location;
        Table hubTable;
        Column singleKey;
        boolean keyless;
        NullKeys nullKeys = NullKeys.REJECT;
        String description;
        final List<Ident> keyParts = new ArrayList<>();
        final Map<String, SourceMappingSpec> mappings = new LinkedHashMap<>();
        final Map<String, Map<String, Ident>> keyFieldsByPart = new LinkedHashMap<>();
        final Map<String, SourceLocation> keyFieldsAt = new LinkedHashMap<>();
        final Map<String, GroupDraft> groups = new LinkedHashMap<>();
        final Set<String> notFeedingHub = new HashSet<>();
        final List<BusinessRuleSpec> rules = new ArrayList<>();

        Draft(String name, ErDiagram diagram, SourceLocation location) {
            this.name = name;
            this.diagram = diagram;
            this.location = location;
        }

        EntitySpec build() {
            Ident nameIdent = new Ident(name, location);
            HubSpec hub = hubTable == null ? null : new HubSpec(hubTable.location(), List.copyOf(keyParts), null,
                    mappings.values().stream().map(SourceMappingSpec::name)
                            .filter(source -> !notFeedingHub.contains(source.value())).toList(), nullKeys);
            List<SatelliteSpec> satellites = groups.values().stream().map(GroupDraft::build).toList();
            List<LinkSpec> ownLinks = links.values().stream()
                    .filter(l -> !l.hubs.isEmpty() && l.hubs.get(0).value().equals(name))
                    .map(LinkDraft::build).toList();
            Map<String, SourceMappingSpec> resolved = new LinkedHashMap<>();
            mappings.forEach((source, mapping) -> resolved.put(source, withKeyFields(mapping)));
            ErDiagram home = diagram != null ? diagram : drafts.get(name).diagram;
            String file = home != null ? home.file() : location.file();
            String sha = home != null ? home.sha256() : "";
            return new EntitySpec(file, sha, location, nameIdent, description, hub, satellites, ownLinks,
                    Collections.unmodifiableMap(resolved), List.copyOf(rules));
        }

        /** key_field given as part:column pairs is ordered by the business key parts. */
        private SourceMappingSpec withKeyFields(SourceMappingSpec mapping) {
            Map<String, Ident> byPart = keyFieldsByPart.get(mapping.name().value());
            if (byPart == null) {
                return mapping;
            }
            List<String> parts = keyParts.stream().map(Ident::value).toList();
            if (parts.isEmpty() && yaml.containsKey(name) && yaml.get(name).hub() != null) {
                parts = yaml.get(name).hub().businessKey().stream().map(Ident::value).toList();
            }
            List<Ident> ordered = new ArrayList<>();
            for (String part : parts) {
                Ident column = byPart.get(part);
                if (column == null) {
                    diagnostics.error(keyFieldsAt.get(mapping.name().value()), "mermaid.key-field", "key_field of "
                            + "source '" + mapping.name().value() + "' has no column for key part '" + part + "'",
                            "add " + part + ":<column> to key_field");
                    return mapping;
                }
                ordered.add(column);
            }
            for (String part : byPart.keySet()) {
                if (!parts.contains(part)) {
                    diagnostics.error(byPart.get(part).location(), "mermaid.key-field", "key_field of source '"
                            + mapping.name().value() + "' names unknown key part '" + part + "'",
                            DiagramDirectives.closest(part, parts));
                    return mapping;
                }
            }
            return new SourceMappingSpec(mapping.location(), mapping.name(), mapping.schema(), mapping.table(),
                    List.copyOf(ordered), mapping.loadTimestamp(), mapping.columns(), mapping.recordSource(),
                    mapping.description());
        }
    }

    final class GroupDraft {
        final Ident name;
        final SourceLocation location;
        final String firstTable;
        final List<AttributeSpec> attributes = new ArrayList<>();
        final List<Ident> sources = new ArrayList<>();
        String description;
        DiagramSatellites.Options options = DiagramSatellites.Options.DEFAULT;

        GroupDraft(Ident name, SourceLocation location, String firstTable) {
            this.name = name;
            this.location = location;
            this.firstTable = firstTable;
        }

        void describe(String attribute, String text, SourceLocation at) {
            if (text == null) {
                return;
            }
            for (int i = 0; i < attributes.size(); i++) {
                AttributeSpec existing = attributes.get(i);
                if (!existing.name().value().equals(attribute)) {
                    continue;
                }
                if (existing.description() != null && !existing.description().equals(text)) {
                    diagnostics.error(at, "mermaid.conflict", "attribute '" + attribute + "' of satellite group '"
                            + name.value() + "' is described as \"" + text + "\" here but as \""
                            + existing.description() + "\" in " + firstTable, "describe it once, or the same way");
                    return;
                }
                attributes.set(i, new AttributeSpec(existing.name(), text));
            }
        }

        SatelliteSpec build() {
            return new SatelliteSpec(location, name, description, List.copyOf(attributes), List.copyOf(sources),
                    options.changeTracking(), options.payload());
        }
    }

    static final class LinkDraft {
        final ErDiagram diagram;
        final Ident name;
        final SourceLocation location;
        final String table;
        final List<Ident> hubs;
        final List<Ident> sources = new ArrayList<>();
        final Map<String, Map<String, List<Ident>>> relatedKeys = new LinkedHashMap<>();
        String type;
        String description;

        LinkDraft(ErDiagram diagram, Ident name, SourceLocation location, String table, List<Ident> hubs) {
            this.diagram = diagram;
            this.name = name;
            this.location = location;
            this.table = table;
            this.hubs = hubs;
        }

        List<String> related() {
            return hubs.stream().skip(1).map(Ident::value).toList();
        }

        LinkSpec build() {
            return new LinkSpec(location, name, description, List.copyOf(hubs.subList(1, hubs.size())), type,
                    List.copyOf(sources), Collections.unmodifiableMap(new LinkedHashMap<>(relatedKeys)));
        }
    }
}
