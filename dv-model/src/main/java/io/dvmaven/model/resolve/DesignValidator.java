package io.dvmaven.model.resolve;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.AttributeSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.spec.LinkSpec;
import io.dvmaven.model.spec.SatelliteSpec;
import io.dvmaven.model.spec.SourceMappingSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks that need the whole design: duplicate entities and links, references to entities of other files,
 * link key arity, one schema per source system, and names the conventions would generate twice.
 */
public final class DesignValidator {

    private final List<EntitySpec> entities;
    private final NamingConventions naming;
    private final Diagnostics diagnostics;
    /** First definition of each entity, by name. */
    private final Map<String, EntitySpec> byName = new LinkedHashMap<>();

    private DesignValidator(List<EntitySpec> entities, NamingConventions naming, Diagnostics diagnostics) {
        this.entities = entities;
        this.naming = naming;
        this.diagnostics = diagnostics;
    }

    /** @param entities parsed entities in spec-file order */
    public static void validate(List<EntitySpec> entities, NamingConventions naming, Diagnostics diagnostics) {
        new DesignValidator(entities, naming, diagnostics).run();
    }

    private void run() {
        checkDuplicateEntities();
        checkDuplicateLinks();
        checkRelatedHubs();
        checkSchemas();
        checkModelNames();
        checkStageColumns();
    }

    private void checkDuplicateEntities() {
        Map<String, List<Ident>> definitions = new LinkedHashMap<>();
        for (EntitySpec entity : entities) {
            definitions.computeIfAbsent(entity.name().value(), k -> new ArrayList<>()).add(entity.name());
            byName.putIfAbsent(entity.name().value(), entity);
        }
        reportDuplicates(definitions, "entity", "rename one of them or merge the specs");
    }

    private void checkDuplicateLinks() {
        Map<String, List<Ident>> definitions = new LinkedHashMap<>();
        for (EntitySpec entity : entities) {
            for (LinkSpec link : entity.links()) {
                definitions.computeIfAbsent(link.name().value(), k -> new ArrayList<>()).add(link.name());
            }
        }
        reportDuplicates(definitions, "link", "rename one of them (link names are unique across the design)");
    }

    private void reportDuplicates(Map<String, List<Ident>> definitions, String kind, String fix) {
        definitions.forEach((name, idents) -> {
            if (idents.size() < 2) {
                return;
            }
            for (Ident ident : idents) {
                List<String> others = idents.stream().filter(other -> other != ident)
                        .map(other -> other.location().toString()).toList();
                diagnostics.error(ident.location(), "spec.duplicate-name", kind + " '" + name
                        + "' is defined more than once (also at " + String.join(", ", others) + ")", fix);
            }
        });
    }

    private void checkRelatedHubs() {
        for (EntitySpec entity : entities) {
            for (LinkSpec link : entity.links()) {
                for (Ident hub : link.relatedHubs()) {
                    if (hub.value().equals(entity.name().value())) {
                        continue;
                    }
                    if (!byName.containsKey(hub.value())) {
                        diagnostics.error(hub.location(), "spec.unknown-hub", "link '" + link.name().value()
                                + "' relates to unknown entity '" + hub.value() + "'",
                                Names.closest(hub.value(), byName.keySet()).map(s -> "did you mean '" + s + "'?")
                                        .orElse("add a spec with entity name '" + hub.value()
                                                + "' to the spec directory, or fix the name"));
                    }
                }
                link.relatedKeys().forEach((source, byHub) -> byHub.forEach((hubName, columns) -> {
                    EntitySpec related = byName.get(hubName);
                    if (related == null || related.hub() == null || related.hub().businessKey().isEmpty()) {
                        return;
                    }
                    List<String> parts = related.hub().businessKey().stream().map(Ident::value).toList();
                    if (parts.size() != columns.size()) {
                        diagnostics.error(columns.get(0).location(), "spec.link-key-arity", "related_keys."
                                + source + " of link '" + link.name().value() + "' gives " + columns.size()
                                + " column" + (columns.size() == 1 ? "" : "s") + " for related hub '" + hubName
                                + "', whose business key has " + parts.size() + " part"
                                + (parts.size() == 1 ? "" : "s") + " [" + String.join(", ", parts) + "]",
                                "list one column per key part in business_key order: " + hubName + ": ["
                                        + String.join(", ", parts.stream().map(p -> "<" + p + " column>").toList())
                                        + "]");
                    }
                }));
            }
        }
    }

    private void checkSchemas() {
        Map<String, SourceMappingSpec> firstBySystem = new LinkedHashMap<>();
        for (EntitySpec entity : entities) {
            for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
                if (mapping.schema() == null) {
                    continue;
                }
                SourceMappingSpec first = firstBySystem.putIfAbsent(mapping.name().value(), mapping);
                if (first == null || first.schema().value().equals(mapping.schema().value())) {
                    continue;
                }
                String system = mapping.name().value();
                String fix = "use the same schema for " + system + " in every spec (one dbt source per source system)";
                diagnostics.error(mapping.schema().location(), "spec.schema-conflict", "source system '" + system
                        + "' maps to schema '" + mapping.schema().value() + "' here but to '"
                        + first.schema().value() + "' at " + first.schema().location(), fix);
                diagnostics.error(first.schema().location(), "spec.schema-conflict", "source system '" + system
                        + "' maps to schema '" + first.schema().value() + "' here but to '"
                        + mapping.schema().value() + "' at " + mapping.schema().location(), fix);
            }
        }
    }

    private void checkModelNames() {
        Map<String, List<Named>> models = new LinkedHashMap<>();
        for (EntitySpec entity : byName.values()) {
            String name = entity.name().value();
            add(models, naming.hubModelName(name), "hub of entity '" + name + "'", entity.name().location());
            for (String source : VaultResolver.stageSources(entity)) {
                add(models, naming.stagingModelName(name, source), "staging model of entity '" + name
                        + "' for source '" + source + "'", entity.sourceMappings().get(source).location());
            }
            for (SatelliteSpec satellite : entity.satellites()) {
                for (Ident source : satellite.sources()) {
                    add(models, naming.satelliteModelName(name, satellite.name().value(), source.value()),
                            "satellite '" + satellite.name().value() + "' of entity '" + name + "' for source '"
                                    + source.value() + "'", satellite.name().location());
                }
            }
            for (LinkSpec link : entity.links()) {
                add(models, naming.linkModelName(link.name().value()), "link '" + link.name().value() + "'",
                        link.name().location());
            }
        }
        models.forEach((model, owners) -> {
            List<Named> distinct = distinctByWhat(owners);
            if (distinct.size() < 2) {
                return;
            }
            for (Named owner : distinct) {
                List<String> others = distinct.stream().filter(o -> o != owner)
                        .map(o -> o.what() + " at " + o.location()).toList();
                diagnostics.error(owner.location(), "spec.name-collision", "the " + owner.what()
                        + " would be generated as model '" + model + "', the same name as the "
                        + String.join(", ", others), "rename one of them so that every model name is unique");
            }
        });
    }

    private static List<Named> distinctByWhat(List<Named> owners) {
        Set<String> seen = new HashSet<>();
        return owners.stream().filter(o -> seen.add(o.what())).toList();
    }

    private static void add(Map<String, List<Named>> models, String model, String what, SourceLocation location) {
        models.computeIfAbsent(model, k -> new ArrayList<>()).add(new Named(what, location));
    }

    /** Every column a stage produces must have one meaning; attributes must not shadow generated columns. */
    private void checkStageColumns() {
        Set<SourceLocation> reported = new HashSet<>();
        for (EntitySpec entity : byName.values()) {
            if (entity.hub() == null || entity.hub().businessKey().isEmpty()) {
                continue;
            }
            String name = entity.name().value();
            for (String source : VaultResolver.stageSources(entity)) {
                String stage = naming.stagingModelName(name, source);
                Map<String, Generated> columns = new LinkedHashMap<>();
                SourceLocation entityAt = entity.name().location();
                List<String> parts = entity.hub().businessKey().stream().map(Ident::value).toList();
                for (String column : naming.businessKeyColumns(name, parts)) {
                    generated(columns, column, "business key of hub " + name, null, entityAt, stage, reported);
                }
                generated(columns, naming.hubHashKeyName(name), "hash key of hub " + name, null, entityAt, stage,
                        reported);
                generated(columns, naming.recordSourceColumn(), "record source column", null, entityAt, stage,
                        reported);
                generated(columns, naming.loadTimestampColumn(), "load timestamp column", null, entityAt, stage,
                        reported);
                for (LinkSpec link : entity.links()) {
                    if (link.sources().stream().noneMatch(s -> s.value().equals(source))) {
                        continue;
                    }
                    Map<String, List<Ident>> keys = link.relatedKeys().getOrDefault(source, Map.of());
                    for (Ident hub : link.relatedHubs()) {
                        EntitySpec related = byName.get(hub.value());
                        if (related == null || related.hub() == null || hub.value().equals(name)) {
                            continue;
                        }
                        List<String> relatedParts = related.hub().businessKey().stream().map(Ident::value).toList();
                        String origin = String.valueOf(keys.getOrDefault(hub.value(), List.of()).stream()
                                .map(Ident::value).toList());
                        for (String column : naming.businessKeyColumns(hub.value(), relatedParts)) {
                            generated(columns, column, "business key of hub " + hub.value(), origin,
                                    link.name().location(), stage, reported);
                        }
                        generated(columns, naming.hubHashKeyName(hub.value()), "hash key of hub " + hub.value(),
                                origin, link.name().location(), stage, reported);
                    }
                    generated(columns, naming.linkHashKeyName(link.name().value()), "hash key of link "
                            + link.name().value(), null, link.name().location(), stage, reported);
                }
                List<SatelliteSpec> provided = entity.satellites().stream()
                        .filter(s -> s.sources().stream().anyMatch(i -> i.value().equals(source))).toList();
                for (SatelliteSpec satellite : provided) {
                    generated(columns, naming.hashdiffName(name, satellite.name().value()), "hashdiff of satellite "
                            + satellite.name().value(), null, satellite.name().location(), stage, reported);
                }
                for (SatelliteSpec satellite : provided) {
                    for (AttributeSpec attribute : satellite.attributes()) {
                        Generated clash = columns.get(attribute.name().value());
                        if (clash != null && reported.add(attribute.name().location())) {
                            diagnostics.error(attribute.name().location(), "spec.name-collision", "attribute '"
                                    + attribute.name().value() + "' of satellite '" + satellite.name().value()
                                    + "' has the same name as the generated " + clash.what() + " in " + stage,
                                    "rename the attribute and map it to its source column in source_mappings."
                                            + source + ".columns, e.g. {" + attribute.name().value() + "_value: "
                                            + attribute.name().value() + "}");
                        }
                    }
                }
            }
        }
    }

    private void generated(Map<String, Generated> columns, String column, String what, String origin,
                           SourceLocation location, String stage, Set<SourceLocation> reported) {
        Generated existing = columns.get(column);
        if (existing == null) {
            columns.put(column, new Generated(what, origin));
            return;
        }
        // the same related hub reached through two links of one stage is fine when read from the same columns
        if (existing.what().equals(what) && java.util.Objects.equals(existing.origin(), origin)) {
            return;
        }
        if (reported.add(location)) {
            String detail = existing.what().equals(what)
                    ? "is read from different source columns (" + existing.origin() + " and " + origin + ")"
                    : "is both the " + existing.what() + " and the " + what;
            diagnostics.error(location, "spec.name-collision", "generated column '" + column + "' in " + stage + " "
                    + detail, existing.what().equals(what)
                    ? "use the same related_keys columns in every link of this entity that relates to the same hub"
                    : "rename the link, satellite or entity so that the generated column names differ");
        }
    }

    private record Named(String what, SourceLocation location) {
    }

    private record Generated(String what, String origin) {
    }

    /** Entity names, sorted; used for suggestions. */
    Set<String> entityNames() {
        return new TreeSet<>(byName.keySet());
    }
}
