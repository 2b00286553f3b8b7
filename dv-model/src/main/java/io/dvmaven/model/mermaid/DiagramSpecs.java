package io.dvmaven.model.mermaid;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
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
    final Map<String, EntityDraft> drafts = new LinkedHashMap<>();
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
        for (EntityDraft draft : drafts.values()) {
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

    EntityDraft draft(String entity, ErDiagram diagram, SourceLocation location) {
        return drafts.computeIfAbsent(entity, name -> new EntityDraft(this, name, diagram, location));
    }

    Set<String> knownEntities() {
        Set<String> names = new LinkedHashSet<>(yaml.keySet());
        drafts.values().stream().filter(d -> d.hubTable != null).forEach(d -> names.add(d.name));
        return names;
    }

    Set<String> knownSources(String entity) {
        Set<String> sources = new LinkedHashSet<>();
        EntityDraft draft = drafts.get(entity);
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
}
