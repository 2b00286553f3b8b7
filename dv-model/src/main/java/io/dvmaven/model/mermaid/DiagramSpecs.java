package io.dvmaven.model.mermaid;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.hub.HubSpec;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import io.dvmaven.model.mermaid.ErDiagram.Column;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.mermaid.ErDiagram.Relationship;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collection;
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

    private final NamingConventions naming;
    private final Diagnostics diagnostics;
    private final List<Decision> decisions;
    private final Map<String, EntitySpec> yaml = new LinkedHashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, LinkDraft> links = new LinkedHashMap<>();
    private final Map<String, Role> roles = new HashMap<>();

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
                hub(table, hub.entity());
            }
        }
        List<Placed<Directive>> directives = new ArrayList<>();
        diagrams.forEach(d -> d.directives().forEach(x -> directives.add(new Placed<>(d, x))));
        List<Placed<Directive>> valid = directives.stream().filter(d -> Directives.checkShape(d.item(), diagnostics)).toList();
        boolean singleHub = drafts.values().stream().filter(d -> d.hubTable != null).count() == 1;
        valid.stream().filter(d -> d.item().keyword().equals("source")).forEach(d -> source(d, singleHub));
        for (Placed<Table> table : tables) {
            if (roles.get(table.item().name()) instanceof Role.Satellite) {
                satellite(table);
            }
        }
        for (Placed<Table> table : tables) {
            if (roles.get(table.item().name()) instanceof Role.Link link) {
                link(table, link.name());
            }
        }
        Set<String> declared = tables.stream().map(t -> t.item().name()).collect(Collectors.toSet());
        diagrams.forEach(d -> d.relationships().forEach(r -> relationship(r, declared)));
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
                case "related_key" -> relatedKey(d.item());
                case "business_key" -> businessKey(d.item());
                case "link" -> linkOptions(d.item());
                case "description" -> description(d.item());
                case "rule" -> rule(d.item());
                default -> {
                }
            }
        }
        drafts.values().forEach(this::defaultBusinessKey);

        Set<SourceLocation> completed = new HashSet<>();
        Map<String, EntitySpec> merged = new LinkedHashMap<>();
        for (Draft draft : drafts.values()) {
            EntitySpec fromDiagram = draft.build();
            EntitySpec fromSpec = yaml.get(draft.name);
            EntitySpec entity = fromDiagram;
            if (fromSpec != null) {
                entity = new DiagramMerge(fromDiagram, fromSpec, diagnostics).run();
                if (fromSpec.hub() == null && fromDiagram.hub() != null) {
                    completed.add(fromSpec.location());
                }
            }
            new DiagramChecks(naming, diagnostics).check(entity, fromSpec);
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
        return result;
    }

    // ---------------------------------------------------------------- tables and roles

    private sealed interface Role {
        record Hub(String entity) implements Role {
        }

        record Link(String name) implements Role {
        }

        record Satellite() implements Role {
        }
    }

    private record Placed<T>(ErDiagram diagram, T item) {
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
                    diagnostics.error(table.location(), "mermaid.unknown-role", "table '" + table.name()
                            + "' is not a hub (" + naming.hubModel() + "), link (" + naming.linkModel()
                            + ") or satellite (" + naming.satelliteModel() + ")", "rename it after the naming "
                            + "conventions, e.g. '" + naming.hubModelName(Names.toSnakeCase(table.name())) + "'");
                    continue;
                }
                roles.put(table.name(), role);
                tables.add(new Placed<>(diagram, table));
            }
        }
        return tables;
    }

    private Role role(String table) {
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

    private boolean knownEntity(String entity) {
        return yaml.containsKey(entity) || (drafts.containsKey(entity) && drafts.get(entity).hubTable != null);
    }

    private Draft draft(String entity, ErDiagram diagram, SourceLocation location) {
        return drafts.computeIfAbsent(entity, name -> new Draft(name, diagram, location));
    }

    // ---------------------------------------------------------------- hubs

    private void hub(Placed<Table> placed, String entity) {
        Table table = placed.item();
        Draft draft = draft(entity, placed.diagram(), table.location());
        draft.hubTable = table;
        draft.diagram = placed.diagram();
        draft.location = table.location();
        checkName(new Ident(entity, table.location()), "entity name");
        String single = naming.businessKeyColumns(entity, List.of("key")).get(0);
        List<Column> composite = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = column.name();
            if (name.equals(naming.hubHashKeyName(entity)) || name.equals(naming.recordSourceColumn())
                    || name.equals(naming.loadTimestampColumn())) {
                continue;
            }
            if (name.equals(single)) {
                draft.singleKey = column;
                continue;
            }
            String part = compositePart(entity, name);
            if (part != null) {
                composite.add(column);
                draft.keyParts.add(new Ident(part, column.location()));
                continue;
            }
            diagnostics.error(column.location(), "mermaid.hub-column", "column '" + name + "' of hub " + table.name()
                    + " is not its hash key, business key, record source or load timestamp",
                    column.has("FK") ? "hubs have no foreign keys: relate hubs through a link table "
                            + naming.linkModelName("<link>")
                            : "move it to a satellite table " + naming.satelliteModelName(entity, "<group>",
                            "<source>") + " (business key columns are named " + single + ")");
        }
        if (draft.singleKey != null && !composite.isEmpty()) {
            diagnostics.error(composite.get(0).location(), "mermaid.business-key", "hub " + table.name()
                    + " has both a single business key column " + single + " and composite key columns",
                    "use " + single + " for a one-part key, or only " + naming.businessKeyColumns(entity,
                    List.of("<part>", "<part2>")).get(0) + " columns for a composite key");
            draft.keyParts.clear();
        } else if (composite.size() == 1) {
            diagnostics.error(composite.get(0).location(), "mermaid.business-key", "hub " + table.name()
                    + " has one composite key column " + composite.get(0).name() + "; a one-part key is named "
                    + single, "rename it to " + single + " and name the part with %% dv:business_key " + entity
                    + " " + draft.keyParts.get(0).value());
            draft.keyParts.clear();
        } else if (draft.singleKey == null && composite.isEmpty() && table.clean()) {
            diagnostics.error(table.location(), "mermaid.business-key", "hub " + table.name()
                    + " has no business key column", "add a column 'varchar " + single + "' (or one "
                    + naming.businessKeyColumns(entity, List.of("<part>", "<part2>")).get(0)
                    + " column per part of a composite key)");
            draft.keyless = true;
        }
    }

    private String compositePart(String entity, String column) {
        for (Map<String, String> match : NamePattern.matches(naming.compositeBusinessKey(), column)) {
            if (entity.equals(match.get("entity"))) {
                return match.get("key");
            }
        }
        return null;
    }

    private void defaultBusinessKey(Draft draft) {
        if (draft.hubTable != null && draft.singleKey != null && draft.keyParts.isEmpty()) {
            draft.keyParts.add(new Ident(draft.singleKey.name(), draft.singleKey.location()));
            decisions.add(new Decision(draft.name, "business key part of " + draft.name + " is named '"
                    + draft.singleKey.name() + "' after its column (write %% dv:business_key " + draft.name
                    + " <part> to name it)", draft.singleKey.location()));
        }
    }

    // ---------------------------------------------------------------- satellites

    private void satellite(Placed<Table> placed) {
        Table table = placed.item();
        List<Map<String, String>> candidates = NamePattern.matches(naming.satelliteModel(), table.name());
        String parent = null;
        for (Column column : table.columns()) {
            String entity = NamePattern.single(naming.hubHashKey(), column.name(), "entity");
            if (entity != null && candidates.stream().anyMatch(c -> entity.equals(c.get("entity")))) {
                parent = entity;
                break;
            }
        }
        String fkEntity = parent;
        List<Map<String, String>> known = candidates.stream()
                .filter(c -> fkEntity == null ? knownEntity(c.get("entity")) : fkEntity.equals(c.get("entity")))
                .toList();
        if (known.isEmpty() || !knownEntity(known.get(0).get("entity"))) {
            String entity = fkEntity != null ? fkEntity : candidates.get(0).get("entity");
            diagnostics.error(table.location(), "mermaid.satellite-without-hub", "satellite table '"
                    + table.name() + "' belongs to entity '" + entity + "', which has no hub",
                    "add a table " + naming.hubModelName(entity) + " to the diagram or a spec for entity " + entity
                            + Names.closest(entity, knownEntities()).map(s -> ", or did you mean '" + s + "'?")
                            .orElse(""));
            return;
        }
        List<Map<String, String>> bySource = known.stream()
                .filter(c -> knownSources(c.get("entity")).contains(c.get("source"))).toList();
        Map<String, String> chosen = bySource.size() == 1 ? bySource.get(0) : known.size() == 1 ? known.get(0) : null;
        if (chosen == null) {
            List<Map<String, String>> options = bySource.isEmpty() ? known : bySource;
            diagnostics.error(table.location(), "mermaid.ambiguous-satellite", "cannot tell attribute group and "
                    + "source apart in satellite table '" + table.name() + "' (" + options.stream()
                    .map(c -> "group " + c.get("group") + " + source " + c.get("source"))
                    .collect(Collectors.joining(" or ")) + ")", "declare its source with %% dv:source "
                    + options.get(0).get("entity") + " <source> schema=<schema> table=<table> key_field=<column>");
            return;
        }
        String entity = chosen.get("entity");
        String group = chosen.get("group");
        String source = chosen.get("source");
        Draft draft = draft(entity, placed.diagram(), table.location());
        Ident groupIdent = new Ident(group, table.location());
        Ident sourceIdent = new Ident(source, table.location());
        checkName(groupIdent, "satellite name");
        checkName(sourceIdent, "source system");
        String parentKey = naming.hubHashKeyName(entity);
        String hashdiff = naming.hashdiffName(entity, group);
        List<AttributeSpec> payload = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = column.name();
            if (name.equals(parentKey) || name.equals(hashdiff) || name.equals(naming.recordSourceColumn())
                    || name.equals(naming.loadTimestampColumn())) {
                continue;
            }
            if (column.has("FK")) {
                diagnostics.error(column.location(), "mermaid.satellite-column", "satellite table '" + table.name()
                        + "' refers to another table through FK column '" + name + "'", "a satellite belongs to "
                        + "hub " + naming.hubModelName(entity) + " only: its FK column is " + parentKey);
                continue;
            }
            Ident attribute = new Ident(name, column.location());
            checkName(attribute, "attribute");
            payload.add(new AttributeSpec(attribute, column.comment()));
        }
        if (payload.isEmpty()) {
            if (table.clean()) {
                diagnostics.error(table.location(), "mermaid.satellite-column", "satellite table '"
                        + table.name() + "' has no payload columns", "add its attributes, e.g. 'varchar " + group
                        + "_code'");
            }
            return;
        }
        GroupDraft existing = draft.groups.get(group);
        if (existing == null) {
            GroupDraft created = new GroupDraft(groupIdent, table.location(), table.name());
            created.attributes.addAll(payload);
            created.sources.add(sourceIdent);
            draft.groups.put(group, created);
            return;
        }
        existing.sources.add(sourceIdent);
        Set<String> expected = existing.attributes.stream().map(a -> a.name().value()).collect(Collectors.toSet());
        Set<String> actual = payload.stream().map(a -> a.name().value()).collect(Collectors.toSet());
        if (!expected.equals(actual)) {
            diagnostics.error(table.location(), "mermaid.satellite-attributes", "satellite table '" + table.name()
                    + "' has attributes " + names(payload) + " but '" + existing.firstTable + "' of the same group "
                    + "has " + names(existing.attributes), "give every source's table of group " + group
                    + " the same attributes, or name the groups differently");
            return;
        }
        for (AttributeSpec attribute : payload) {
            existing.describe(attribute.name().value(), attribute.description(), attribute.name().location());
        }
    }

    private static String names(List<AttributeSpec> attributes) {
        return attributes.stream().map(a -> a.name().value()).toList().toString();
    }

    private Set<String> knownEntities() {
        Set<String> names = new LinkedHashSet<>(yaml.keySet());
        drafts.values().stream().filter(d -> d.hubTable != null).forEach(d -> names.add(d.name));
        return names;
    }

    private Set<String> knownSources(String entity) {
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

    // ---------------------------------------------------------------- links

    private void link(Placed<Table> placed, String name) {
        Table table = placed.item();
        Ident linkName = new Ident(name, table.location());
        checkName(linkName, "link name");
        List<Ident> hubs = new ArrayList<>();
        Column hashKey = null;
        for (Column column : table.columns()) {
            String entity = NamePattern.single(naming.hubHashKey(), column.name(), "entity");
            boolean hubReference = column.has("FK") || (entity != null && knownEntity(entity)
                    && !column.has("PK"));
            if (hubReference) {
                if (entity == null) {
                    diagnostics.error(column.location(), "mermaid.link-column", "FK column '" + column.name()
                            + "' of link table '" + table.name() + "' is not a hub hash key",
                            "name it after the hub it refers to, e.g. " + naming.hubHashKeyName("<entity>"));
                } else if (!knownEntity(entity)) {
                    diagnostics.error(column.location(), "mermaid.missing-hub", "link table '" + table.name()
                            + "' refers to hub " + naming.hubModelName(entity) + " through " + column.name()
                            + ", but no diagram or spec defines entity '" + entity + "'", "add a table "
                            + naming.hubModelName(entity) + " to the diagram or a spec for entity " + entity
                            + Names.closest(entity, knownEntities()).map(s -> ", or did you mean '"
                            + naming.hubHashKeyName(s) + "'?").orElse(""));
                } else if (hubs.stream().anyMatch(h -> h.value().equals(entity))) {
                    diagnostics.error(column.location(), "mermaid.link-column", "link table '" + table.name()
                            + "' refers to hub " + naming.hubModelName(entity) + " twice", "remove the second "
                            + column.name() + " (same-as and hierarchical links are not supported yet)");
                } else {
                    hubs.add(new Ident(entity, column.location()));
                }
                continue;
            }
            if (column.name().equals(naming.recordSourceColumn())
                    || column.name().equals(naming.loadTimestampColumn())) {
                continue;
            }
            if (column.has("PK") || column.name().equals(naming.linkHashKeyName(name))) {
                if (hashKey != null) {
                    diagnostics.error(column.location(), "mermaid.link-column", "link table '" + table.name()
                            + "' has two hash key columns, " + hashKey.name() + " and " + column.name(),
                            "keep one PK column, " + naming.linkHashKeyName(name));
                    continue;
                }
                hashKey = column;
                if (!column.name().equals(naming.linkHashKeyName(name))) {
                    decisions.add(new Decision(name, "hash key column " + column.name() + " of " + table.name()
                            + " is generated as " + naming.linkHashKeyName(name) + " (naming conventions)",
                            column.location()));
                }
                continue;
            }
            diagnostics.error(column.location(), "mermaid.link-column", "column '" + column.name() + "' of link "
                    + "table '" + table.name() + "' is not a hub hash key (FK), the link hash key (PK), record "
                    + "source or load timestamp", "links carry no payload: describe the relationship in a "
                    + "satellite, or mark a hub hash key with FK");
        }
        LinkDraft link = new LinkDraft(placed.diagram(), linkName, table.location(), table.name(), hubs);
        links.put(name, link);
    }

    private void relationship(Relationship relationship, Set<String> declared) {
        String left = relationship.left();
        String right = relationship.right();
        Role leftRole = referencedRole(left, relationship.leftLocation(), declared);
        Role rightRole = referencedRole(right, relationship.rightLocation(), declared);
        if (leftRole == null || rightRole == null) {
            return;
        }
        Role.Hub hub = leftRole instanceof Role.Hub h ? h : rightRole instanceof Role.Hub h2 ? h2 : null;
        Role other = hub == leftRole ? rightRole : leftRole;
        String otherTable = hub == leftRole ? right : left;
        SourceLocation otherAt = hub == leftRole ? relationship.rightLocation() : relationship.leftLocation();
        if (hub != null && other instanceof Role.Satellite) {
            String owner = satelliteOwner(otherTable);
            if (owner != null && !owner.equals(hub.entity())) {
                diagnostics.error(relationship.leftLocation(), "mermaid.relationship", "relationship connects hub "
                        + naming.hubModelName(hub.entity()) + " with satellite '" + otherTable + "' of entity '"
                        + owner + "'", "connect each satellite to its own hub " + naming.hubModelName(owner));
            }
            return;
        }
        if (hub != null && other instanceof Role.Link link) {
            LinkDraft draft = links.get(link.name());
            if (draft != null && draft.hubs.stream().noneMatch(h -> h.value().equals(hub.entity()))) {
                draft.hubs.add(new Ident(hub.entity(), hub == leftRole ? relationship.leftLocation()
                        : relationship.rightLocation()));
                decisions.add(new Decision(link.name(), "link " + otherTable + " also relates hub "
                        + naming.hubModelName(hub.entity()) + " (drawn by a relationship line; add a column "
                        + naming.hubHashKeyName(hub.entity()) + " FK to make it explicit)", otherAt));
            }
            return;
        }
        diagnostics.error(relationship.leftLocation(), "mermaid.relationship", "relationship between '" + left
                + "' and '" + right + "' has no Data Vault meaning", "connect a hub to its satellites and links; "
                + "relate two hubs through a link table " + naming.linkModelName("<link>"));
    }

    private Role referencedRole(String table, SourceLocation at, Set<String> declared) {
        Role role = roles.get(table);
        if (role != null) {
            return role;
        }
        if (declared.contains(table)) {
            return null; // declared but unusable: already reported
        }
        Role guessed = role(table);
        if (guessed instanceof Role.Hub hub) {
            if (!knownEntity(hub.entity())) {
                diagnostics.error(at, "mermaid.missing-hub", "relationship refers to hub " + table + ", but no "
                        + "diagram or spec defines entity '" + hub.entity() + "'", "declare " + table + " with its "
                        + "business key column, or add a spec for entity " + hub.entity());
                return null;
            }
            return guessed;
        }
        diagnostics.error(at, "mermaid.undeclared-table", "relationship refers to table '" + table + "', which "
                + "the diagram does not declare", "declare '" + table + " {' with its columns, or fix the name");
        return null;
    }

    private String satelliteOwner(String table) {
        for (Draft draft : drafts.values()) {
            for (GroupDraft group : draft.groups.values()) {
                for (Ident source : group.sources) {
                    if (naming.satelliteModelName(draft.name, group.name.value(), source.value()).equals(table)) {
                        return draft.name;
                    }
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- directives

    private static List<Arg> positional(Directive directive) {
        return directive.args().stream().filter(Arg::positional).toList();
    }

    private static Arg option(Directive directive, String key) {
        return directive.args().stream().filter(a -> key.equals(a.key())).findFirst().orElse(null);
    }

    private static String optionValue(Directive directive, String key) {
        Arg arg = option(directive, key);
        return arg == null ? null : arg.value();
    }

    private Ident ident(Arg arg, String label) {
        Ident ident = new Ident(arg.value(), arg.valueLocation());
        if (label != null) {
            checkName(ident, label);
        }
        return ident;
    }

    /** Comma-separated names; each gets its own column. */
    private List<Ident> identList(Arg arg, String label) {
        List<Ident> idents = new ArrayList<>();
        int offset = 0;
        for (String part : arg.value().split(",", -1)) {
            SourceLocation at = new SourceLocation(arg.valueLocation().file(), arg.valueLocation().line(),
                    arg.valueLocation().column() + offset);
            Ident ident = new Ident(part, at);
            if (part.isEmpty()) {
                diagnostics.error(at, "mermaid.directive", "empty name in '" + arg.value() + "'",
                        "separate names with single commas");
            } else {
                checkName(ident, label);
                idents.add(ident);
            }
            offset += part.length() + 1;
        }
        return idents;
    }

    private void source(Placed<Directive> placed, boolean singleHub) {
        Directive directive = placed.item();
        List<Arg> names = positional(directive);
        String entity;
        Arg sourceArg;
        if (names.size() == 2) {
            entity = names.get(0).value();
            sourceArg = names.get(1);
            if (!knownEntity(entity)) {
                unknownEntity(names.get(0), "dv:source");
                return;
            }
        } else if (singleHub) {
            entity = drafts.values().stream().filter(d -> d.hubTable != null).findFirst().orElseThrow().name;
            sourceArg = names.get(0);
        } else {
            diagnostics.error(directive.location(), "mermaid.directive", "dv:source must name its entity when "
                    + "the diagrams have " + (drafts.isEmpty() ? "no hub" : "several hubs"),
                    "write %% dv:source <entity> " + names.get(0).value() + " schema=... table=... key_field=...");
            return;
        }
        Draft draft = draft(entity, placed.diagram(), directive.location());
        Ident source = ident(sourceArg, "source system");
        if (draft.mappings.containsKey(source.value())) {
            diagnostics.error(sourceArg.valueLocation(), "mermaid.directive", "source '" + source.value()
                    + "' of entity '" + entity + "' is declared twice (first at "
                    + draft.mappings.get(source.value()).location() + ")", "remove one of the two dv:source lines");
            return;
        }
        List<Ident> keyFields = new ArrayList<>();
        Arg keyArg = option(directive, "key_field");
        if (keyArg.value().contains(":")) {
            Map<String, Ident> byPart = new LinkedHashMap<>();
            int offset = 0;
            for (String pair : keyArg.value().split(",")) {
                int colon = pair.indexOf(':');
                SourceLocation at = shifted(keyArg.valueLocation(), offset);
                if (colon <= 0) {
                    diagnostics.error(at, "mermaid.directive", "key_field entry '" + pair + "' is not part:column",
                            "write key_field=<part>:<column>,<part>:<column>");
                } else {
                    Ident column = new Ident(pair.substring(colon + 1), shifted(at, colon + 1));
                    checkName(column, "key field");
                    byPart.put(pair.substring(0, colon), column);
                }
                offset += pair.length() + 1;
            }
            draft.keyFieldsByPart.put(source.value(), byPart);
            draft.keyFieldsAt.put(source.value(), keyArg.valueLocation());
        } else {
            keyFields = identList(keyArg, "key field");
        }
        Map<String, Ident> columns = new LinkedHashMap<>();
        Arg columnsArg = option(directive, "columns");
        if (columnsArg != null) {
            int offset = 0;
            for (String pair : columnsArg.value().split(",")) {
                int colon = pair.indexOf(':');
                SourceLocation at = shifted(columnsArg.valueLocation(), offset);
                if (colon <= 0 || colon == pair.length() - 1) {
                    diagnostics.error(at, "mermaid.directive", "columns entry '" + pair + "' is not "
                            + "attribute:column", "write columns=<attribute>:<source column>,...");
                } else {
                    checkName(new Ident(pair.substring(0, colon), at), "attribute");
                    Ident column = new Ident(pair.substring(colon + 1), shifted(at, colon + 1));
                    checkName(column, "source column");
                    columns.put(pair.substring(0, colon), column);
                }
                offset += pair.length() + 1;
            }
        }
        Arg loadTimestamp = option(directive, "load_timestamp");
        draft.mappings.put(source.value(), new SourceMappingSpec(directive.location(), source,
                ident(option(directive, "schema"), "raw schema"), ident(option(directive, "table"), "raw table"),
                keyFields, loadTimestamp == null ? null : ident(loadTimestamp, "load timestamp column"),
                Collections.unmodifiableMap(columns), optionValue(directive, "record_source"),
                optionValue(directive, "description")));
    }

    private static SourceLocation shifted(SourceLocation at, int columns) {
        return new SourceLocation(at.file(), at.line(), at.column() + columns);
    }

    private void unknownEntity(Arg arg, String where) {
        diagnostics.error(arg.valueLocation(), "mermaid.unknown-entity", where + " names entity '" + arg.value()
                + "', which has no hub", Names.closest(arg.value(), knownEntities())
                .map(s -> "did you mean '" + s + "'?")
                .orElse("add a table " + naming.hubModelName(arg.value()) + " to the diagram"));
    }

    private void relatedKey(Directive directive) {
        List<Arg> names = positional(directive);
        LinkDraft link = links.get(names.get(0).value());
        if (link == null) {
            diagnostics.error(names.get(0).valueLocation(), "mermaid.unknown-link", "dv:related_key names link '"
                    + names.get(0).value() + "', which no table " + naming.linkModelName(names.get(0).value())
                    + " defines", Names.closest(names.get(0).value(), links.keySet())
                    .map(s -> "did you mean '" + s + "'?").orElse("add the link table to the diagram"));
            return;
        }
        Ident source = ident(names.get(1), "source system");
        if (link.relatedKeys.containsKey(source.value())) {
            diagnostics.error(names.get(1).valueLocation(), "mermaid.directive", "dv:related_key for link '"
                    + link.name.value() + "' and source '" + source.value() + "' is given twice",
                    "put every related hub of the source on one line");
            return;
        }
        List<String> related = link.related();
        Map<String, List<Ident>> byHub = new LinkedHashMap<>();
        for (Arg arg : directive.args()) {
            if (arg.positional()) {
                continue;
            }
            if (!related.contains(arg.key())) {
                diagnostics.error(arg.location(), "mermaid.directive", "dv:related_key " + link.name.value() + " "
                        + source.value() + " names '" + arg.key() + "', which is not a related hub of the link",
                        related.isEmpty() ? "add FK columns to the link table" : Names.closest(arg.key(), related)
                                .map(s -> "did you mean '" + s + "'?")
                                .orElse("use " + String.join(", ", related) + " (the first hub, "
                                        + (link.hubs.isEmpty() ? "?" : link.hubs.get(0).value())
                                        + ", reads its key from key_field of dv:source)"));
                continue;
            }
            byHub.put(arg.key(), identList(arg, "key field"));
        }
        for (String hub : related) {
            if (!byHub.containsKey(hub) && option(directive, hub) == null) {
                diagnostics.error(directive.location(), "mermaid.directive", "dv:related_key " + link.name.value()
                        + " " + source.value() + " has no column for related hub '" + hub + "'",
                        "add " + hub + "=<column carrying the " + hub + " business key>");
            }
        }
        link.sources.add(source);
        link.relatedKeys.put(source.value(), Collections.unmodifiableMap(byHub));
    }

    private void businessKey(Directive directive) {
        List<Arg> names = positional(directive);
        Draft draft = drafts.get(names.get(0).value());
        if (draft == null || draft.hubTable == null) {
            unknownEntity(names.get(0), "dv:business_key");
            return;
        }
        List<Ident> parts = names.subList(1, names.size()).stream().map(a -> ident(a, "business key part"))
                .toList();
        if (draft.keyless) {
            return;
        }
        if (draft.singleKey != null) {
            if (parts.size() != 1) {
                diagnostics.error(names.get(2).valueLocation(), "mermaid.business-key", "dv:business_key lists "
                        + parts.size() + " parts but hub " + draft.hubTable.name() + " has one business key column "
                        + draft.singleKey.name(), "list one part, or draw one "
                        + naming.businessKeyColumns(draft.name, List.of("<part>", "<part2>")).get(0)
                        + " column per part");
                return;
            }
            draft.keyParts.clear();
            draft.keyParts.addAll(parts);
            return;
        }
        List<String> drawn = draft.keyParts.stream().map(Ident::value).toList();
        List<String> listed = parts.stream().map(Ident::value).toList();
        if (!drawn.isEmpty() && !drawn.equals(listed)) {
            diagnostics.error(names.get(1).valueLocation(), "mermaid.business-key", "dv:business_key lists "
                    + listed + " but hub " + draft.hubTable.name() + " has key columns for " + drawn,
                    "list the parts in column order: " + String.join(" ", drawn) + ", or remove the directive");
        }
    }

    private void linkOptions(Directive directive) {
        Arg name = positional(directive).get(0);
        LinkDraft link = links.get(name.value());
        if (link == null) {
            diagnostics.error(name.valueLocation(), "mermaid.unknown-link", "dv:link names link '" + name.value()
                    + "', which no table " + naming.linkModelName(name.value()) + " defines",
                    Names.closest(name.value(), links.keySet()).map(s -> "did you mean '" + s + "'?")
                            .orElse("add the link table to the diagram"));
            return;
        }
        Arg type = option(directive, "relationship_type");
        if (type != null) {
            List<String> types = List.of("one_to_one", "one_to_many", "many_to_one", "many_to_many");
            if (!types.contains(type.value())) {
                diagnostics.error(type.valueLocation(), "mermaid.directive", "relationship_type '" + type.value()
                        + "' is not one of " + String.join(", ", types), Names.closest(type.value(), types)
                        .map(s -> "did you mean '" + s + "'?").orElse("use one of them"));
            } else {
                link.type = type.value();
            }
        }
        String description = optionalValue(directive, "description");
        if (description != null) {
            link.description = description;
        }
    }

    private static String optionalValue(Directive directive, String key) {
        return optionValue(directive, key);
    }

    private void description(Directive directive) {
        Arg target = positional(directive).get(0);
        String text = positional(directive).get(1).value();
        String[] parts = target.value().split("\\.", -1);
        if (parts.length == 1) {
            boolean isEntity = knownEntity(parts[0]) || drafts.containsKey(parts[0]);
            boolean isLink = links.containsKey(parts[0]);
            if (isEntity && isLink) {
                diagnostics.error(target.valueLocation(), "mermaid.directive", "'" + parts[0] + "' is both an "
                        + "entity and a link", "rename the link");
            } else if (isEntity) {
                draft(parts[0], null, directive.location()).description = text;
            } else if (isLink) {
                links.get(parts[0]).description = text;
            } else {
                diagnostics.error(target.valueLocation(), "mermaid.directive", "dv:description names '"
                        + parts[0] + "', which is neither an entity nor a link", closest(parts[0],
                        union(knownEntities(), links.keySet())));
            }
            return;
        }
        Draft draft = drafts.get(parts[0]);
        GroupDraft group = draft == null ? null : draft.groups.get(parts[1]);
        if (group == null || parts.length > 3) {
            diagnostics.error(target.valueLocation(), "mermaid.directive", "dv:description names '"
                    + target.value() + "', which is not a satellite group (entity.group) or attribute "
                    + "(entity.group.attribute) of the diagrams", draft == null
                    ? closest(parts[0], knownEntities()) : closest(parts[1], draft.groups.keySet()));
            return;
        }
        if (parts.length == 2) {
            group.description = text;
            return;
        }
        if (group.attributes.stream().noneMatch(a -> a.name().value().equals(parts[2]))) {
            diagnostics.error(target.valueLocation(), "mermaid.directive", "satellite group '" + parts[1]
                    + "' of entity '" + parts[0] + "' has no attribute '" + parts[2] + "'",
                    closest(parts[2], group.attributes.stream().map(a -> a.name().value()).toList()));
            return;
        }
        group.describe(parts[2], text, target.valueLocation());
    }

    private static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** "did you mean" the closest candidate, else the candidates to choose from. */
    static String closest(String name, Collection<String> candidates) {
        return Names.closest(name, candidates).map(s -> "did you mean '" + s + "'?")
                .orElse(candidates.isEmpty() ? "fix the name" : "use one of: " + candidates.stream().sorted()
                        .collect(Collectors.joining(", ")));
    }

    private void rule(Directive directive) {
        List<Arg> names = positional(directive);
        if (!knownEntity(names.get(0).value())) {
            unknownEntity(names.get(0), "dv:rule");
            return;
        }
        Draft draft = draft(names.get(0).value(), null, directive.location());
        Ident name = ident(names.get(1), "business rule name");
        if (draft.rules.stream().anyMatch(r -> r.name().value().equals(name.value()))) {
            diagnostics.error(name.location(), "mermaid.directive", "business rule '" + name.value()
                    + "' is defined twice for entity '" + draft.name + "'", "rename one of the two rules");
            return;
        }
        Arg satellite = option(directive, "satellite");
        String severity = optionValue(directive, "severity");
        if (severity != null && !severity.equals("error") && !severity.equals("warn")) {
            diagnostics.error(option(directive, "severity").valueLocation(), "mermaid.directive", "severity '"
                    + severity + "' of business rule '" + name.value() + "' is not error or warn",
                    "write severity=error or severity=warn");
            return;
        }
        draft.rules.add(new BusinessRuleSpec(directive.location(), name, optionValue(directive, "description"),
                satellite == null ? null : ident(satellite, null), optionValue(directive, "condition"),
                severity == null ? "error" : severity));
    }

    private void checkName(Ident ident, String label) {
        Names.checkIdentifier(ident, label, diagnostics);
    }

    // ---------------------------------------------------------------- drafts

    private final class Draft {
        final String name;
        ErDiagram diagram;
        SourceLocation location;
        Table hubTable;
        Column singleKey;
        boolean keyless;
        String description;
        final List<Ident> keyParts = new ArrayList<>();
        final Map<String, SourceMappingSpec> mappings = new LinkedHashMap<>();
        final Map<String, Map<String, Ident>> keyFieldsByPart = new LinkedHashMap<>();
        final Map<String, SourceLocation> keyFieldsAt = new LinkedHashMap<>();
        final Map<String, GroupDraft> groups = new LinkedHashMap<>();
        final List<BusinessRuleSpec> rules = new ArrayList<>();

        Draft(String name, ErDiagram diagram, SourceLocation location) {
            this.name = name;
            this.diagram = diagram;
            this.location = location;
        }

        EntitySpec build() {
            Ident nameIdent = new Ident(name, location);
            HubSpec hub = hubTable == null ? null : new HubSpec(hubTable.location(), List.copyOf(keyParts), null,
                    mappings.values().stream().map(SourceMappingSpec::name).toList());
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
                            closest(part, parts));
                    return mapping;
                }
            }
            return new SourceMappingSpec(mapping.location(), mapping.name(), mapping.schema(), mapping.table(),
                    List.copyOf(ordered), mapping.loadTimestamp(), mapping.columns(), mapping.recordSource(),
                    mapping.description());
        }
    }

    private final class GroupDraft {
        final Ident name;
        final SourceLocation location;
        final String firstTable;
        final List<AttributeSpec> attributes = new ArrayList<>();
        final List<Ident> sources = new ArrayList<>();
        String description;

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
                    true);
        }
    }

    private static final class LinkDraft {
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
