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
            raw.schemas.putIfAbsent(source, mapping.schema().value());
            vault.hubSources(name).add(new HubSource(source, stage.model(), stage.keyFields(), null));
            if (!hubDeclared.contains(source)) {
                vault.decide(new Decision(name + " / " + source, "hub " + naming.hubModelName(name)
                        + " is also loaded from " + stage.model() + ", because a satellite or link of " + name
                        + " reads source " + source + " (add " + source + " to hub sources to make it explicit)",
                        mapping.location()));
            }
            rawTable(raw.tables, spec, mapping, ref);
        }
    }

    /** One raw source per source system, once every entity is resolved. */
    void complete() {
        RawTables raw = vault.state(RawTables.class, RawTables::new);
        raw.tables.forEach((system, tables) -> vault.rawSources().add(new RawSource(naming.rawSourceName(system),
                system, raw.schemas.get(system), naming.stagingFolderFor(system),
                tables.values().stream().map(RawTableBuilder::build).toList())));
    }

    private Stage stage(EntitySpec spec, SourceMappingSpec mapping, SpecRef ref) {
        String name = spec.name().value();
        String source = mapping.name().value();
        List<String> parts = VaultBuilder.keyParts(spec);
        List<String> keyFields = mapping.keyFields().stream().map(Ident::value).toList();
        List<String> keyColumns = naming.businessKeyColumns(name, parts);
        String recordSource = recordSource(spec, mapping);
        String loadTimestamp = loadTimestamp(spec, mapping);

        List<String> nullRequired = new ArrayList<>();
        List<String> nullOptional = new ArrayList<>();
        NullKeys nullKeys = spec.hub().nullKeys();
        placeholders(nullKeys, parts, keyColumns, nullRequired, nullOptional);
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
                if (!relatedKeys.containsKey(relatedColumns.get(0))) {
                    placeholders(relatedNullKeys, relatedParts, relatedColumns, nullRequired, nullOptional);
                }
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
        derived.add(new DerivedColumn(naming.recordSourceColumn(), "!" + recordSource, "Record source: "
                + recordSource));
        derived.add(new DerivedColumn(naming.loadTimestampColumn(), loadTimestamp, "Load timestamp, from " + source
                + "." + loadTimestamp));

        List<SatelliteSpec> groups = satellitesFrom(spec, source);
        Map<String, Attribute> attributes = new TreeMap<>();
        for (SatelliteSpec group : groups) {
            for (AttributeSpec attribute : group.attributes()) {
                Attribute resolved = SatelliteResolver.attribute(attribute, mapping);
                Attribute existing = attributes.get(resolved.name());
                if (existing == null || (existing.description() == null && resolved.description() != null)) {
                    attributes.put(resolved.name(), resolved);
                }
            }
        }
        for (Attribute attribute : attributes.values()) {
            if (attribute.renamed()) {
                derived.add(new DerivedColumn(attribute.name(), attribute.sourceColumn(), "Attribute "
                        + attribute.name() + ", renamed from " + source + "." + attribute.sourceColumn()));
            }
        }

        List<HashedColumn> hashed = new ArrayList<>();
        hashed.add(new HashedColumn(naming.hubHashKeyName(name), keyColumns, false, "Hash key of hub "
                + naming.hubModelName(name)));
        hashed.addAll(relatedHashKeys.values());
        hashed.addAll(linkHashKeys);
        for (SatelliteSpec group : groups) {
            hashed.add(new HashedColumn(naming.hashdiffName(name, group.name().value()),
                    group.attributes().stream().map(a -> a.name().value()).toList(), true,
                    "Hashdiff of satellite group " + group.name().value()));
        }
        return new Stage(naming.stagingModelName(name, source), naming.stagingFolderFor(source), name, source,
                naming.rawSourceName(source), mapping.table().value(), recordSource, loadTimestamp, keyFields,
                List.copyOf(attributes.values()), List.copyOf(derived), List.copyOf(hashed), ref,
                new StageNullColumns(nullRequired, nullOptional));
    }

    /** Adds a hub's key columns to the stage's null_columns, when the hub opts into placeholders. */
    private static void placeholders(NullKeys nullKeys, List<String> parts, List<String> columns,
                                     List<String> required, List<String> optional) {
        for (int i = 0; i < parts.size(); i++) {
            if (required.contains(columns.get(i)) || optional.contains(columns.get(i))) {
                continue;
            }
            if (nullKeys.required().contains(parts.get(i))) {
                required.add(columns.get(i));
            } else if (nullKeys.optional().contains(parts.get(i))) {
                optional.add(columns.get(i));
            }
        }
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
        String loadTimestamp = mapping.loadTimestamp() != null ? mapping.loadTimestamp().value()
                : naming.loadTimestampColumn();
        builder.add(loadTimestamp, RawColumn.Role.LOAD_TIMESTAMP, "Load timestamp of the row in the raw layer");
        for (SatelliteSpec group : satellitesFrom(spec, source)) {
            for (AttributeSpec attribute : group.attributes()) {
                Attribute resolved = SatelliteResolver.attribute(attribute, mapping);
                builder.add(resolved.sourceColumn(), RawColumn.Role.ATTRIBUTE, resolved.description() != null
                        ? resolved.description() : "Attribute " + resolved.name() + " of " + name + " ("
                        + group.name().value() + ")");
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

        RawTable build() {
            return new RawTable(name, entity, description, spec, List.copyOf(columns.values()));
        }
    }
}
