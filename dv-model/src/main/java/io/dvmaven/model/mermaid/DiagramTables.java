package io.dvmaven.model.mermaid;

import io.dvmaven.model.Decision;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.mermaid.DiagramSpecs.Placed;
import io.dvmaven.model.mermaid.DiagramSpecs.Role;
import io.dvmaven.model.mermaid.ErDiagram.Column;
import io.dvmaven.model.mermaid.ErDiagram.Relationship;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads erDiagram tables as hubs, satellites and links, and the relationship lines between them. */
final class DiagramTables {

    private final DiagramSpecs d;

    DiagramTables(DiagramSpecs d) {
        this.d = d;
    }

    // ---------------------------------------------------------------- hubs

    void hub(Placed<Table> placed, String entity) {
        Table table = placed.item();
        EntityDraft draft = d.draft(entity, placed.diagram(), table.location());
        draft.hubTable = table;
        draft.diagram = placed.diagram();
        draft.location = table.location();
        d.checkName(new Ident(entity, table.location()), "entity name");
        String single = d.naming.businessKeyColumns(entity, List.of("key")).get(0);
        List<Column> composite = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = column.name();
            if (name.equals(d.naming.hubHashKeyName(entity)) || name.equals(d.naming.recordSourceColumn())
                    || name.equals(d.naming.loadTimestampColumn())) {
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
            d.diagnostics.error(column.location(), "mermaid.hub-column", "column '" + name + "' of hub " + table.name()
                    + " is not its hash key, business key, record source or load timestamp",
                    column.has("FK") ? "hubs have no foreign keys: relate hubs through a link table "
                            + d.naming.linkModelName("<link>")
                            : "move it to a satellite table " + d.naming.satelliteModelName(entity, "<group>",
                            "<source>") + " (business key columns are named " + single + ")");
        }
        if (draft.singleKey != null && !composite.isEmpty()) {
            d.diagnostics.error(composite.get(0).location(), "mermaid.business-key", "hub " + table.name()
                    + " has both a single business key column " + single + " and composite key columns",
                    "use " + single + " for a one-part key, or only " + d.naming.businessKeyColumns(entity,
                    List.of("<part>", "<part2>")).get(0) + " columns for a composite key");
            draft.keyParts.clear();
        } else if (composite.size() == 1) {
            d.diagnostics.error(composite.get(0).location(), "mermaid.business-key", "hub " + table.name()
                    + " has one composite key column " + composite.get(0).name() + "; a one-part key is named "
                    + single, "rename it to " + single + " and name the part with %% dv:business_key " + entity
                    + " " + draft.keyParts.get(0).value());
            draft.keyParts.clear();
        } else if (draft.singleKey == null && composite.isEmpty() && table.clean()) {
            d.diagnostics.error(table.location(), "mermaid.business-key", "hub " + table.name()
                    + " has no business key column", "add a column 'varchar " + single + "' (or one "
                    + d.naming.businessKeyColumns(entity, List.of("<part>", "<part2>")).get(0)
                    + " column per part of a composite key)");
            draft.keyless = true;
        }
    }

    String compositePart(String entity, String column) {
        for (Map<String, String> match : NamePattern.matches(d.naming.compositeBusinessKey(), column)) {
            if (entity.equals(match.get("entity"))) {
                return match.get("key");
            }
        }
        return null;
    }

    void defaultBusinessKey(EntityDraft draft) {
        if (draft.hubTable != null && draft.singleKey != null && draft.keyParts.isEmpty()) {
            draft.keyParts.add(new Ident(draft.singleKey.name(), draft.singleKey.location()));
            d.decisions.add(new Decision(draft.name, "business key part of " + draft.name + " is named '"
                    + draft.singleKey.name() + "' after its column (write %% dv:business_key " + draft.name
                    + " <part> to name it)", draft.singleKey.location()));
        }
    }

    // ---------------------------------------------------------------- satellites

    void satellite(Placed<Table> placed) {
        Table table = placed.item();
        List<Map<String, String>> candidates = NamePattern.matches(d.naming.satelliteModel(), table.name());
        String parent = null;
        for (Column column : table.columns()) {
            String entity = NamePattern.single(d.naming.hubHashKey(), column.name(), "entity");
            if (entity != null && candidates.stream().anyMatch(c -> entity.equals(c.get("entity")))) {
                parent = entity;
                break;
            }
        }
        String fkEntity = parent;
        List<Map<String, String>> known = candidates.stream()
                .filter(c -> fkEntity == null ? d.knownEntity(c.get("entity")) : fkEntity.equals(c.get("entity")))
                .toList();
        if (known.isEmpty() || !d.knownEntity(known.get(0).get("entity"))) {
            String entity = fkEntity != null ? fkEntity : candidates.get(0).get("entity");
            d.diagnostics.error(table.location(), "mermaid.satellite-without-hub", "satellite table '"
                    + table.name() + "' belongs to entity '" + entity + "', which has no hub",
                    "add a table " + d.naming.hubModelName(entity) + " to the diagram or a spec for entity " + entity
                            + Names.closest(entity, d.knownEntities()).map(s -> ", or did you mean '" + s + "'?")
                            .orElse(""));
            return;
        }
        List<Map<String, String>> bySource = known.stream()
                .filter(c -> d.knownSources(c.get("entity")).contains(c.get("source"))).toList();
        Map<String, String> chosen = bySource.size() == 1 ? bySource.get(0) : known.size() == 1 ? known.get(0) : null;
        if (chosen == null) {
            List<Map<String, String>> options = bySource.isEmpty() ? known : bySource;
            d.diagnostics.error(table.location(), "mermaid.ambiguous-satellite", "cannot tell attribute group and "
                    + "source apart in satellite table '" + table.name() + "' (" + options.stream()
                    .map(c -> "group " + c.get("group") + " + source " + c.get("source"))
                    .collect(Collectors.joining(" or ")) + ")", "declare its source with %% dv:source "
                    + options.get(0).get("entity") + " <source> schema=<schema> table=<table> key_field=<column>");
            return;
        }
        String entity = chosen.get("entity");
        String group = chosen.get("group");
        String source = chosen.get("source");
        EntityDraft draft = d.draft(entity, placed.diagram(), table.location());
        Ident groupIdent = new Ident(group, table.location());
        Ident sourceIdent = new Ident(source, table.location());
        d.checkName(groupIdent, "satellite name");
        d.checkName(sourceIdent, "source system");
        String parentKey = d.naming.hubHashKeyName(entity);
        String hashdiff = d.naming.hashdiffName(entity, group);
        List<AttributeSpec> payload = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = column.name();
            if (name.equals(parentKey) || name.equals(hashdiff) || name.equals(d.naming.recordSourceColumn())
                    || name.equals(d.naming.loadTimestampColumn())) {
                continue;
            }
            if (column.has("FK")) {
                d.diagnostics.error(column.location(), "mermaid.satellite-column", "satellite table '" + table.name()
                        + "' refers to another table through FK column '" + name + "'", "a satellite belongs to "
                        + "hub " + d.naming.hubModelName(entity) + " only: its FK column is " + parentKey);
                continue;
            }
            Ident attribute = new Ident(name, column.location());
            d.checkName(attribute, "attribute");
            payload.add(new AttributeSpec(attribute, column.comment()));
        }
        if (payload.isEmpty() && !d.excluding.contains(entity + "." + group)) {
            if (table.clean()) {
                d.diagnostics.error(table.location(), "mermaid.satellite-column", "satellite table '"
                        + table.name() + "' has no payload columns", "add its attributes, e.g. 'varchar " + group
                        + "_code'");
            }
            return;
        }
        GroupDraft existing = draft.groups.get(group);
        if (existing == null) {
            GroupDraft created = new GroupDraft(d.diagnostics, groupIdent, table.location(), table.name());
            created.attributes.addAll(payload);
            created.sources.add(sourceIdent);
            draft.groups.put(group, created);
            return;
        }
        existing.sources.add(sourceIdent);
        Set<String> expected = existing.attributes.stream().map(a -> a.name().value()).collect(Collectors.toSet());
        Set<String> actual = payload.stream().map(a -> a.name().value()).collect(Collectors.toSet());
        if (!expected.equals(actual)) {
            d.diagnostics.error(table.location(), "mermaid.satellite-attributes", "satellite table '" + table.name()
                    + "' has attributes " + names(payload) + " but '" + existing.firstTable + "' of the same group "
                    + "has " + names(existing.attributes), "give every source's table of group " + group
                    + " the same attributes, or name the groups differently");
            return;
        }
        for (AttributeSpec attribute : payload) {
            existing.describe(attribute.name().value(), attribute.description(), attribute.name().location());
        }
    }

    static String names(List<AttributeSpec> attributes) {
        return attributes.stream().map(a -> a.name().value()).toList().toString();
    }

    // ---------------------------------------------------------------- d.links

    void link(Placed<Table> placed, String name) {
        Table table = placed.item();
        Ident linkName = new Ident(name, table.location());
        d.checkName(linkName, "link name");
        List<Ident> hubs = new ArrayList<>();
        Column hashKey = null;
        for (Column column : table.columns()) {
            String entity = NamePattern.single(d.naming.hubHashKey(), column.name(), "entity");
            boolean hubReference = column.has("FK") || (entity != null && d.knownEntity(entity)
                    && !column.has("PK"));
            if (hubReference) {
                if (entity == null) {
                    d.diagnostics.error(column.location(), "mermaid.link-column", "FK column '" + column.name()
                            + "' of link table '" + table.name() + "' is not a hub hash key",
                            "name it after the hub it refers to, e.g. " + d.naming.hubHashKeyName("<entity>"));
                } else if (!d.knownEntity(entity)) {
                    d.diagnostics.error(column.location(), "mermaid.missing-hub", "link table '" + table.name()
                            + "' refers to hub " + d.naming.hubModelName(entity) + " through " + column.name()
                            + ", but no diagram or spec defines entity '" + entity + "'", "add a table "
                            + d.naming.hubModelName(entity) + " to the diagram or a spec for entity " + entity
                            + Names.closest(entity, d.knownEntities()).map(s -> ", or did you mean '"
                            + d.naming.hubHashKeyName(s) + "'?").orElse(""));
                } else if (hubs.stream().anyMatch(h -> h.value().equals(entity))) {
                    d.diagnostics.error(column.location(), "mermaid.link-column", "link table '" + table.name()
                            + "' refers to hub " + d.naming.hubModelName(entity) + " twice", "remove the second "
                            + column.name() + " (declare a hub joined with itself in a spec's hierarchical_links or same_as_links)");
                } else {
                    hubs.add(new Ident(entity, column.location()));
                }
                continue;
            }
            if (column.name().equals(d.naming.recordSourceColumn())
                    || column.name().equals(d.naming.loadTimestampColumn())) {
                continue;
            }
            if (column.has("PK") || column.name().equals(d.naming.linkHashKeyName(name))) {
                if (hashKey != null) {
                    d.diagnostics.error(column.location(), "mermaid.link-column", "link table '" + table.name()
                            + "' has two hash key columns, " + hashKey.name() + " and " + column.name(),
                            "keep one PK column, " + d.naming.linkHashKeyName(name));
                    continue;
                }
                hashKey = column;
                if (!column.name().equals(d.naming.linkHashKeyName(name))) {
                    d.decisions.add(new Decision(name, "hash key column " + column.name() + " of " + table.name()
                            + " is generated as " + d.naming.linkHashKeyName(name) + " (naming conventions)",
                            column.location()));
                }
                continue;
            }
            d.diagnostics.error(column.location(), "mermaid.link-column", "column '" + column.name() + "' of link "
                    + "table '" + table.name() + "' is not a hub hash key (FK), the link hash key (PK), record "
                    + "source or load timestamp", "links carry no payload: describe the relationship in a "
                    + "satellite, or mark a hub hash key with FK");
        }
        LinkDraft link = new LinkDraft(placed.diagram(), linkName, table.location(), table.name(), hubs);
        d.links.put(name, link);
    }

    void relationship(Relationship relationship, Set<String> declared) {
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
                d.diagnostics.error(relationship.leftLocation(), "mermaid.relationship", "relationship connects hub "
                        + d.naming.hubModelName(hub.entity()) + " with satellite '" + otherTable + "' of entity '"
                        + owner + "'", "connect each satellite to its own hub " + d.naming.hubModelName(owner));
            }
            return;
        }
        if (hub != null && other instanceof Role.Link link) {
            LinkDraft draft = d.links.get(link.name());
            if (draft != null && draft.hubs.stream().noneMatch(h -> h.value().equals(hub.entity()))) {
                draft.hubs.add(new Ident(hub.entity(), hub == leftRole ? relationship.leftLocation()
                        : relationship.rightLocation()));
                d.decisions.add(new Decision(link.name(), "link " + otherTable + " also relates hub "
                        + d.naming.hubModelName(hub.entity()) + " (drawn by a relationship line; add a column "
                        + d.naming.hubHashKeyName(hub.entity()) + " FK to make it explicit)", otherAt));
            }
            return;
        }
        d.diagnostics.error(relationship.leftLocation(), "mermaid.relationship", "relationship between '" + left
                + "' and '" + right + "' has no Data Vault meaning", "connect a hub to its satellites and links; "
                + "relate two hubs through a link table " + d.naming.linkModelName("<link>"));
    }

    Role referencedRole(String table, SourceLocation at, Set<String> declared) {
        Role role = d.roles.get(table);
        if (role != null) {
            return role;
        }
        if (declared.contains(table)) {
            return null; // declared but unusable: already reported
        }
        Role guessed = d.role(table);
        if (guessed instanceof Role.Hub hub) {
            if (!d.knownEntity(hub.entity())) {
                d.diagnostics.error(at, "mermaid.missing-hub", "relationship refers to hub " + table + ", but no "
                        + "diagram or spec defines entity '" + hub.entity() + "'", "declare " + table + " with its "
                        + "business key column, or add a spec for entity " + hub.entity());
                return null;
            }
            return guessed;
        }
        d.diagnostics.error(at, "mermaid.undeclared-table", "relationship refers to table '" + table + "', which "
                + "the diagram does not declare", "declare '" + table + " {' with its columns, or fix the name");
        return null;
    }

    String satelliteOwner(String table) {
        for (EntityDraft draft : d.drafts.values()) {
            for (GroupDraft group : draft.groups.values()) {
                for (Ident source : group.sources) {
                    if (d.naming.satelliteModelName(draft.name, group.name.value(), source.value()).equals(table)) {
                        return draft.name;
                    }
                }
            }
        }
        return null;
    }
}
