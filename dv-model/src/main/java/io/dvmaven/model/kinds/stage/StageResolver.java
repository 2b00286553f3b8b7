package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.Decision;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteResolver;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.StageNullColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves an entity's source mappings into its staging models (one per source system it reads) and the raw
 * tables they read; the stage carries the key, hash key and hashdiff columns of every hub, link and satellite
 * loaded from it.
 */
final class StageResolver {

    /** Raw tables by source system and table, and each system's schema, across every entity. */
    static final class RawTables {
        final Map<String, Map<String, RawTableBuilder>> tables = new TreeMap<>();
        final Map<String, String> schemas = new TreeMap<>();
        final Map<String, String> databases = new TreeMap<>();
    }

    private final VaultBuilder vault;
    private final NamingConventions naming;

    StageResolver(VaultBuilder vault) {
        this.vault = vault;
        this.naming = vault.naming();
    }

    void resolve(EntitySpec spec) {
        String name = spec.name().value();
        SpecRef ref = VaultBuilder.ref(spec);
        RawTables raw = vault.state(RawTables.class, RawTables::new);
        Set<String> hubDeclared = new TreeSet<>();
        spec.hub().sources().forEach(s -> hubDeclared.add(s.value()));
        for (String source : StageKind.stageSources(spec)) {
            SourceMappingSpec mapping = spec.sourceMappings().get(source);
            Stage stage = stage(spec, mapping, ref);
            vault.stages().add(stage);
            if (mapping.staging().model() == null) {
                raw.schemas.putIfAbsent(source, mapping.schema().value());
                if (mapping.staging().database() != null) {
                    raw.databases.putIfAbsent(source, mapping.staging().database().value());
                }
            }
            vault.hubSources(name).add(new HubSource(source, stage.model(), stage.keyFields(), null));
            if (!hubDeclared.contains(source)) {
                vault.decide(new Decision(name + " / " + source, "hub " + naming.hubModelName(name)
                        + " is also loaded from " + stage.model() + ", because a satellite or link of " + name
                        + " reads source " + source + " (add " + source + " to hub sources to make it explicit)",
                        mapping.location()));
            }
            if (mapping.staging().model() == null) {
                rawTable(raw.tables, spec, mapping, ref);
            }
        }
    }

    /** One raw source per source system, once every entity is resolved. */
    void complete() {
        RawTables raw = vault.state(RawTables.class, RawTables::new);
        raw.tables.forEach((system, tables) -> vault.rawSources().add(new RawSource(naming.rawSourceName(system),
                system, raw.schemas.get(system), naming.stagingFolderFor(system),
                tables.values().stream().map(RawTableBuilder::build).toList(), raw.databases.get(system))));
    }

    private Stage stage(EntitySpec spec, SourceMappingSpec mapping, SpecRef ref) {
        String name = spec.name().value();
        String source = mapping.name().value();
        List<String> parts = VaultBuilder.keyParts(spec);
        List<String> keyFields = mapping.keyFields().stream().map(Ident::value).toList();
        List<String> keyColumns = naming.businessKeyColumns(name, parts);
        StagedColumns staged = new StagedColumns(mapping);
        DerivedColumn recordSourceOverride = staged.override(naming.recordSourceColumn(), "Record source, computed "
                + "per row");
        DerivedColumn loadTimestampOverride = staged.override(naming.loadTimestampColumn(), "Load timestamp, "
                + "computed per row");
        String recordSource = recordSourceOverride != null ? null : recordSource(spec, mapping);
        String loadTimestamp = loadTimestampOverride != null ? null : loadTimestamp(spec, mapping);

        NullKeys nullKeys = spec.hub().nullKeys();
        StageNullColumns nullColumns = NullKeyPolicy.placeholders(nullKeys, parts, keyColumns);
        List<DerivedColumn> derived = new ArrayList<>();
        for (int i = 0; i < keyColumns.size(); i++) {
            derived.add(NullKeyPolicy.keyPart(keyColumns.get(i), keyFields, i, nullKeys, "Business key of " + name
                    + (parts.size() > 1 ? " (part " + parts.get(i) + ")" : " (" + parts.get(i) + ")")
                    + ", from " + source + "." + keyFields.get(i)));
        }
        Map<String, DerivedColumn> relatedKeys = new LinkedHashMap<>();
        Map<String, HashedColumn> relatedHashKeys = new LinkedHashMap<>();
        List<HashedColumn> linkHashKeys = new ArrayList<>();
        for (LinkSpec link : linksFrom(spec, source)) {
            List<String> linkInputs = new ArrayList<>(keyColumns);
            for (Ident hub : link.relatedHubs()) {
                EntitySpec related = vault.entity(hub.value());
                List<String> relatedParts = VaultBuilder.keyParts(related);
                List<String> relatedColumns = naming.businessKeyColumns(hub.value(), relatedParts);
                List<String> fields = link.relatedKeys().get(source).get(hub.value()).stream().map(Ident::value)
                        .toList();
                NullKeys relatedNullKeys = related.hub().nullKeys();
                nullColumns = nullColumns.plus(NullKeyPolicy.placeholders(relatedNullKeys, relatedParts,
                        relatedColumns));
                for (int i = 0; i < relatedColumns.size(); i++) {
                    relatedKeys.putIfAbsent(relatedColumns.get(i), NullKeyPolicy.keyPart(relatedColumns.get(i),
                            fields, i, relatedNullKeys, "Business key of " + hub.value()
                            + (relatedParts.size() > 1 ? " (part " + relatedParts.get(i) + ")" : "")
                            + " for link " + link.name().value() + ", from " + source + "." + fields.get(i)));
                }
                String relatedHashKey = naming.hubHashKeyName(hub.value());
                relatedHashKeys.putIfAbsent(relatedHashKey, new HashedColumn(relatedHashKey, relatedColumns, false,
                        "Hash key of hub " + naming.hubModelName(hub.value())));
                linkInputs.addAll(relatedColumns);
            }
            linkHashKeys.add(new HashedColumn(naming.linkHashKeyName(link.name().value()), List.copyOf(linkInputs),
                    false, "Hash key of link " + naming.linkModelName(link.name().value())));
        }
        derived.addAll(relatedKeys.values());
        derived.add(recordSourceOverride != null ? recordSourceOverride : new DerivedColumn(
                naming.recordSourceColumn(), recordSourceConstant(recordSource), "Record source: " + recordSource));
        derived.add(loadTimestampOverride != null ? loadTimestampOverride : new DerivedColumn(
                naming.loadTimestampColumn(), loadTimestamp, "Load timestamp, from " + source + "." + loadTimestamp));

        List<SatelliteSpec> groups = satellitesFrom(spec, source);
        Map<String, Attribute> attributes = new TreeMap<>();
        for (SatelliteSpec group : groups) {
            for (AttributeSpec attribute : group.attributesFrom(source)) {
                Attribute resolved = SatelliteResolver.attribute(attribute, mapping);
                Attribute existing = attributes.get(resolved.name());
                if (existing == null || (existing.description() == null && resolved.description() != null)) {
                    attributes.put(resolved.name(), resolved);
                }
            }
        }
        for (Attribute attribute : attributes.values()) {
            if (attribute.renamed() && !staged.derived(attribute.name())) {
                // documented only by its spec: a made-up description would hide a missing one
                derived.add(new DerivedColumn(attribute.name(), attribute.sourceColumn(), attribute.description()));
            }
        }

        List<HashedColumn> hashed = new ArrayList<>();
        hashed.add(new HashedColumn(naming.hubHashKeyName(name), keyColumns, false, "Hash key of hub "
                + naming.hubModelName(name)));
        hashed.addAll(relatedHashKeys.values());
        hashed.addAll(linkHashKeys);
        derived.addAll(staged.userColumns(List.of(naming.recordSourceColumn(), naming.loadTimestampColumn())));
        for (SatelliteSpec group : groups) {
            hashed.add(hashdiff(spec, group, keyColumns, mapping, loadTimestamp));
        }
        String model = mapping.staging().model() == null ? null : mapping.staging().model().value();
        return new Stage(naming.stagingModelName(name, source), naming.stagingFolderFor(source), name, source,
                model == null ? naming.rawSourceName(source) : null, model == null ? mapping.table().value() : model,
                recordSource, loadTimestamp, keyFields, List.copyOf(attributes.values()), List.copyOf(derived),
                List.copyOf(hashed), ref, staged.stageOptions(), nullColumns);
    }

    /**
     * A satellite group's hashdiff in this stage: over the attributes this source carries (and the business key
     * columns with {@code include_key}), or over every raw column except the listed ones and the raw columns
     * that carry keys, load timestamp, effective-from and extra columns.
     */
    private HashedColumn hashdiff(EntitySpec spec, SatelliteSpec group, List<String> keyColumns,
                                  SourceMappingSpec mapping, String loadTimestamp) {
        String column = naming.hashdiffName(spec.name().value(), group.name().value());
        String description = "Hashdiff of satellite group " + group.name().value();
        boolean includeKey = group.payload().hashdiffIncludeKey();
        if (group.payload().excludes()) {
            Set<String> excluded = new LinkedHashSet<>();
            group.payload().excludeColumns().forEach(c -> excluded.add(c.value()));
            if (!includeKey) {
                mapping.keyFields().forEach(k -> excluded.add(k.value()));
            }
            excluded.addAll(structuralRawColumns(spec, mapping, loadTimestamp));
            return new HashedColumn(column, List.copyOf(excluded), true, description + ": every source column "
                    + "except " + String.join(", ", excluded), true);
        }
        List<String> inputs = new ArrayList<>();
        if (includeKey) {
            inputs.addAll(keyColumns);
        }
        group.attributesFrom(mapping.name().value()).forEach(a -> inputs.add(a.name().value()));
        return new HashedColumn(column, List.copyOf(inputs), true, description + (includeKey
                ? ", with the business key" : ""));
    }

    /** Raw columns read for keys of related hubs, the load timestamp, effective-from and extra columns. */
    private static List<String> structuralRawColumns(EntitySpec spec, SourceMappingSpec mapping,
                                                     String loadTimestamp) {
        Set<String> columns = new LinkedHashSet<>();
        String source = mapping.name().value();
        for (LinkSpec link : linksFrom(spec, source)) {
            link.relatedKeys().get(source).values().forEach(fields -> fields.forEach(f -> columns.add(f.value())));
        }
        if (loadTimestamp != null) {
            columns.add(loadTimestamp);
        }
        StagingOptions options = mapping.staging();
        if (options.effectiveFrom() != null) {
            columns.add(options.effectiveFrom().value());
        }
        options.extraColumns().forEach(c -> columns.add(c.value()));
        return List.copyOf(columns);
    }

    private String recordSource(EntitySpec spec, SourceMappingSpec mapping) {
        if (mapping.recordSource() != null) {
            return mapping.recordSource();
        }
        String source = mapping.name().value();
        vault.decide(new Decision(spec.name().value() + " / " + source, "record source of "
                + naming.stagingModelName(spec.name().value(), source) + " is the source system name '" + source
                + "' (set record_source in source_mappings." + source + " to change it)", mapping.location()));
        return source;
    }

    private String loadTimestamp(EntitySpec spec, SourceMappingSpec mapping) {
        if (mapping.loadTimestamp() != null) {
            return mapping.loadTimestamp().value();
        }
        String source = mapping.name().value();
        String column = naming.loadTimestampColumn();
        vault.decide(new Decision(spec.name().value() + " / " + source, "load timestamp of "
                + naming.stagingModelName(spec.name().value(), source) + " is read from source column '" + column
                + "' (the default; set load_timestamp in source_mappings." + source + " to use another column)",
                mapping.location()));
        return column;
    }

    private static List<LinkSpec> linksFrom(EntitySpec spec, String source) {
        return spec.links().stream().filter(l -> l.sources().stream().anyMatch(s -> s.value().equals(source)))
                .toList();
    }

    private static List<SatelliteSpec> satellitesFrom(EntitySpec spec, String source) {
        return spec.satellites().stream().filter(s -> s.sources().stream().anyMatch(i -> i.value().equals(source)))
                .toList();
    }

    private void rawTable(Map<String, Map<String, RawTableBuilder>> rawTables, EntitySpec spec,
                          SourceMappingSpec mapping, SpecRef ref) {
        String source = mapping.name().value();
        String name = spec.name().value();
        String table = mapping.table().value();
        Map<String, RawTableBuilder> tables = rawTables.computeIfAbsent(source, k -> new TreeMap<>());
        RawTableBuilder builder = tables.get(table);
        if (builder == null) {
            builder = new RawTableBuilder(table, name, mapping.description(), ref);
            tables.put(table, builder);
        } else {
            vault.decide(new Decision(source + "." + table, "raw table " + source + "." + table + " is read by "
                    + builder.entity + " and " + name + "; it is declared once in sources.yml with the columns "
                    + "both read", mapping.location()));
        }
        List<String> parts = VaultBuilder.keyParts(spec);
        for (int i = 0; i < mapping.keyFields().size(); i++) {
            builder.add(mapping.keyFields().get(i).value(), RawColumn.Role.BUSINESS_KEY, "Business key of " + name
                    + (parts.size() > 1 ? " (part " + parts.get(i) + ")" : ""));
        }
        for (LinkSpec link : linksFrom(spec, source)) {
            for (Ident hub : link.relatedHubs()) {
                for (Ident field : link.relatedKeys().get(source).get(hub.value())) {
                    builder.add(field.value(), RawColumn.Role.RELATED_BUSINESS_KEY, "Business key of " + hub.value()
                            + " for link " + link.name().value());
                }
            }
        }
        StagedColumns staged = new StagedColumns(mapping);
        String loadTimestamp = mapping.loadTimestamp() != null ? mapping.loadTimestamp().value()
                : naming.loadTimestampColumn();
        if (!staged.derived(naming.loadTimestampColumn())) {
            builder.add(loadTimestamp, RawColumn.Role.LOAD_TIMESTAMP, "Load timestamp of the row in the raw layer");
        }
        StagingOptions options = mapping.staging();
        if (options.effectiveFrom() != null && !staged.derived(options.effectiveFrom().value())) {
            builder.add(options.effectiveFrom().value(), RawColumn.Role.EFFECTIVE_FROM, "Business effective-from "
                    + "date of the row");
        }
        for (Ident extra : options.extraColumns()) {
            if (!staged.derived(extra.value())) {
                builder.add(extra.value(), RawColumn.Role.CARRIED, "Carried into the vault tables loaded from "
                        + naming.stagingModelName(name, source));
            }
        }
        for (String copied : staged.copiedColumns()) {
            builder.add(copied, RawColumn.Role.CARRIED, "Input of a derived column of "
                    + naming.stagingModelName(name, source));
        }
        for (SatelliteSpec group : satellitesFrom(spec, source)) {
            for (AttributeSpec attribute : group.attributesFrom(source)) {
                if (staged.derived(attribute.name().value())) {
                    continue;
                }
                Attribute resolved = SatelliteResolver.attribute(attribute, mapping);
                builder.add(resolved.sourceColumn(), RawColumn.Role.ATTRIBUTE, resolved.description());
            }
        }
        for (Map.Entry<String, Ident> type : options.columnTypes().entrySet()) {
            if (!staged.derived(type.getKey())) {
                builder.type(type.getKey(), type.getValue().value());
            }
        }
    }

    private static final class RawTableBuilder {
        private final String name;
        private final String entity;
        private final String description;
        private final SpecRef spec;
        private final Map<String, RawColumn> columns = new LinkedHashMap<>();

        RawTableBuilder(String name, String entity, String description, SpecRef spec) {
            this.name = name;
            this.entity = entity;
            this.description = description;
            this.spec = spec;
        }

        void add(String column, RawColumn.Role role, String description) {
            columns.putIfAbsent(column, new RawColumn(column, role, description));
        }

        /** A declared data type; a column only typed (read by a SQL expression) is listed as carried. */
        void type(String column, String type) {
            RawColumn existing = columns.get(column);
            columns.put(column, existing == null ? new RawColumn(column, RawColumn.Role.CARRIED, "Read by the "
                    + "staging model", type) : new RawColumn(column, existing.role(), existing.description(), type));
        }

        RawTable build() {
            return new RawTable(name, entity, description, spec, List.copyOf(columns.values()));
        }
    }

    /**
     * The record source as an AutomateDV derived-column constant. Its {@code !text} form is pasted between quotes
     * as is, so a text holding a quote is given as a SQL literal with the quotes doubled instead.
     */
    static String recordSourceConstant(String recordSource) {
        return recordSource.contains("'") ? StagedColumns.sqlLiteral(recordSource) : "!" + recordSource;
    }
}
