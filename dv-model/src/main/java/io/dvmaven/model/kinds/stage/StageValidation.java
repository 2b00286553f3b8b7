package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Staging checks across the whole design: one schema per source system, and every column a stage produces has
 * one meaning (attributes must not shadow generated key, hash key and hashdiff columns).
 */
final class StageValidation {

    private StageValidation() {
    }

    static void checkSchemas(DesignCheck design) {
        checkDatabases(design);
        Diagnostics diagnostics = design.diagnostics();
        Map<String, SourceMappingSpec> firstBySystem = new LinkedHashMap<>();
        for (EntitySpec entity : design.entities()) {
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


    /** One raw database per source system, like the schema: the system is one dbt source. */
    private static void checkDatabases(DesignCheck design) {
        Map<String, Ident> firstBySystem = new LinkedHashMap<>();
        for (EntitySpec entity : design.entities()) {
            for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
                Ident database = mapping.staging().database();
                if (database == null) {
                    continue;
                }
                Ident first = firstBySystem.putIfAbsent(mapping.name().value(), database);
                if (first != null && !first.value().equals(database.value())) {
                    design.diagnostics().error(database.location(), "spec.schema-conflict", "source system '"
                            + mapping.name().value() + "' maps to database '" + database.value() + "' here but to '"
                            + first.value() + "' at " + first.location(), "use the same database for "
                            + mapping.name().value() + " in every spec (one dbt source per source system)");
                }
            }
        }
    }

    /** Every column a stage produces must have one meaning; attributes must not shadow generated columns. */
    static void checkStageColumns(DesignCheck design) {
        NamingConventions naming = design.naming();
        Diagnostics diagnostics = design.diagnostics();
        Set<SourceLocation> reported = new HashSet<>();
        for (EntitySpec entity : design.byName().values()) {
            if (entity.hub() == null || entity.hub().businessKey().isEmpty()) {
                continue;
            }
            String name = entity.name().value();
            for (String source : StageKind.stageSources(entity)) {
                String stage = naming.stagingModelName(name, source);
                Map<String, Generated> columns = new LinkedHashMap<>();
                SourceLocation entityAt = entity.name().location();
                List<String> parts = entity.hub().businessKey().stream().map(Ident::value).toList();
                for (String column : naming.businessKeyColumns(name, parts)) {
                    generated(design, columns, column, "business key of hub " + name, null, entityAt, stage, reported);
                }
                generated(design, columns, naming.hubHashKeyName(name), "hash key of hub " + name, null, entityAt, stage,
                        reported);
                generated(design, columns, naming.recordSourceColumn(), "record source column", null, entityAt, stage,
                        reported);
                generated(design, columns, naming.loadTimestampColumn(), "load timestamp column", null, entityAt, stage,
                        reported);
                for (LinkSpec link : entity.links()) {
                    if (link.sources().stream().noneMatch(s -> s.value().equals(source))) {
                        continue;
                    }
                    Map<String, List<Ident>> keys = link.relatedKeys().getOrDefault(source, Map.of());
                    for (Ident hub : link.relatedHubs()) {
                        EntitySpec related = design.entity(hub.value());
                        if (related == null || related.hub() == null || hub.value().equals(name)) {
                            continue;
                        }
                        List<String> relatedParts = related.hub().businessKey().stream().map(Ident::value).toList();
                        String origin = String.valueOf(keys.getOrDefault(hub.value(), List.of()).stream()
                                .map(Ident::value).toList());
                        for (String column : naming.businessKeyColumns(hub.value(), relatedParts)) {
                            generated(design, columns, column, "business key of hub " + hub.value(), origin,
                                    link.name().location(), stage, reported);
                        }
                        generated(design, columns, naming.hubHashKeyName(hub.value()), "hash key of hub " + hub.value(),
                                origin, link.name().location(), stage, reported);
                    }
                    generated(design, columns, naming.linkHashKeyName(link.name().value()), "hash key of link "
                            + link.name().value(), null, link.name().location(), stage, reported);
                }
                List<SatelliteSpec> provided = entity.satellites().stream()
                        .filter(s -> s.sources().stream().anyMatch(i -> i.value().equals(source))).toList();
                for (SatelliteSpec satellite : provided) {
                    generated(design, columns, naming.hashdiffName(name, satellite.name().value()), "hashdiff of satellite "
                            + satellite.name().value(), null, satellite.name().location(), stage, reported);
                }
                SourceMappingSpec mapping = entity.sourceMappings().get(source);
                List<String> standard = List.of(naming.loadTimestampColumn(), naming.recordSourceColumn());
                for (DerivedColumnSpec derived : mapping.staging().derivedColumns()) {
                    Generated clash = columns.get(derived.name().value());
                    if (clash != null && !standard.contains(derived.name().value())
                            && reported.add(derived.name().location())) {
                        diagnostics.error(derived.name().location(), "spec.name-collision", "derived column '"
                                + derived.name().value() + "' has the same name as the generated " + clash.what()
                                + " in " + stage, "rename the derived column");
                    }
                }
                for (Ident extra : mapping.staging().extraColumns()) {
                    Generated clash = columns.get(extra.value());
                    if (clash != null && reported.add(extra.location())) {
                        diagnostics.error(extra.location(), "spec.name-collision", "extra column '" + extra.value()
                                + "' is already the " + clash.what() + " in " + stage + "; every vault table loads "
                                + "it anyway", "remove it from extra_columns");
                    }
                }
                for (SatelliteSpec satellite : provided) {
                    for (AttributeSpec attribute : satellite.attributesFrom(source)) {
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

    private static void generated(DesignCheck design, Map<String, Generated> columns, String column, String what,
                                  String origin,
                           SourceLocation location, String stage, Set<SourceLocation> reported) {
        Diagnostics diagnostics = design.diagnostics();
        Generated existing = columns.get(column);
        if (existing == null) {
            columns.put(column, new Generated(what, origin));
            return;
        }
        // the same related hub reached through two links of one stage is fine when read from the same columns
        if (existing.what().equals(what) && Objects.equals(existing.origin(), origin)) {
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

    private record Generated(String what, String origin) {
    }
}
