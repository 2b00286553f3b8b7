package io.dvmaven.model.resolve;

import io.dvmaven.model.Decision;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.AttributeSpec;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.spec.LinkSpec;
import io.dvmaven.model.spec.SatelliteSpec;
import io.dvmaven.model.spec.SourceMappingSpec;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a validated design into the {@link Vault}: every model and column named by the naming conventions,
 * every default recorded as a {@link Decision}. Call only when validation found no error.
 */
public final class VaultResolver {

    private final NamingConventions naming;
    private final Map<String, EntitySpec> byName = new TreeMap<>();
    private final List<Decision> decisions;

    private VaultResolver(List<EntitySpec> entities, NamingConventions naming, List<Decision> decisions) {
        this.naming = naming;
        this.decisions = decisions;
        entities.forEach(e -> byName.putIfAbsent(e.name().value(), e));
    }

    public static Vault resolve(List<EntitySpec> entities, NamingConventions naming, List<Decision> decisions) {
        return new VaultResolver(entities, naming, decisions).resolve();
    }

    /** Source systems that get a staging model for the entity: hub, satellite and link sources, sorted. */
    public static List<String> stageSources(EntitySpec entity) {
        Set<String> sources = new TreeSet<>();
        if (entity.hub() != null) {
            entity.hub().sources().forEach(s -> sources.add(s.value()));
        }
        entity.satellites().forEach(s -> s.sources().forEach(i -> sources.add(i.value())));
        entity.links().forEach(l -> l.sources().forEach(i -> sources.add(i.value())));
        sources.retainAll(entity.sourceMappings().keySet());
        return List.copyOf(sources);
    }

    private Vault resolve() {
        List<Entity> entities = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        List<Satellite> satellites = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<BusinessRule> rules = new ArrayList<>();
        Map<String, List<HubSource>> hubSources = new TreeMap<>();
        Map<String, Set<String>> hubLinks = new TreeMap<>();
        Map<String, Set<SpecRef>> hubSpecs = new TreeMap<>();
        Map<String, Map<String, RawTableBuilder>> rawTables = new TreeMap<>();
        Map<String, String> schemas = new TreeMap<>();

        for (EntitySpec spec : byName.values()) {
            String name = spec.name().value();
            SpecRef ref = new SpecRef(spec.specFile(), spec.specSha256());
            Entity entity = entity(spec);
            entities.add(entity);
            hubSpecs.computeIfAbsent(name, k -> new TreeSet<>()).add(ref);
            hubLinks.computeIfAbsent(name, k -> new TreeSet<>());
            Set<String> hubDeclared = new TreeSet<>(entity.sources());
            for (String source : stageSources(spec)) {
                SourceMappingSpec mapping = spec.sourceMappings().get(source);
                Stage stage = stage(spec, mapping, ref);
                stages.add(stage);
                schemas.putIfAbsent(source, mapping.schema().value());
                hubSources.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(new HubSource(source, stage.model(), stage.keyFields(), null));
                if (!hubDeclared.contains(source)) {
                    decisions.add(new Decision(name + " / " + source, "hub " + naming.hubModelName(name)
                            + " is also loaded from " + stage.model() + ", because a satellite or link of " + name
                            + " reads source " + source + " (add " + source + " to hub sources to make it explicit)",
                            mapping.location()));
                }
                rawTable(rawTables, spec, mapping, ref);
            }
            for (SatelliteSpec satellite : spec.satellites()) {
                for (Ident source : satellite.sources()) {
                    satellites.add(satellite(spec, satellite, spec.sourceMappings().get(source.value()), ref));
                }
            }
            for (LinkSpec linkSpec : spec.links()) {
                Link link = link(spec, linkSpec, ref);
                links.add(link);
                for (LinkedHub hub : link.hubs()) {
                    hubLinks.computeIfAbsent(hub.entity(), k -> new TreeSet<>()).add(link.model());
                }
                for (Ident relatedHub : linkSpec.relatedHubs()) {
                    for (Ident source : linkSpec.sources()) {
                        String stageModel = naming.stagingModelName(name, source.value());
                        List<String> keyFields = linkSpec.relatedKeys().get(source.value()).get(relatedHub.value())
                                .stream().map(Ident::value).toList();
                        List<HubSource> existing = hubSources.computeIfAbsent(relatedHub.value(),
                                k -> new ArrayList<>());
                        if (existing.stream().anyMatch(h -> h.stageModel().equals(stageModel))) {
                            continue;
                        }
                        existing.add(new HubSource(source.value(), stageModel, keyFields, linkSpec.name().value()));
                        hubSpecs.computeIfAbsent(relatedHub.value(), k -> new TreeSet<>()).add(ref);
                        decisions.add(new Decision(relatedHub.value() + " / " + stageModel, "hub "
                                + naming.hubModelName(relatedHub.value()) + " is also loaded from " + stageModel
                                + ", which carries the " + relatedHub.value() + " key through link "
                                + linkSpec.name().value() + " (so every link row has its hub rows)",
                                linkSpec.location()));
                    }
                }
            }
            for (BusinessRuleSpec rule : spec.businessRules()) {
                rules.add(rule(spec, rule, ref));
            }
        }

        List<Hub> hubs = new ArrayList<>();
        for (Entity entity : entities) {
            String name = entity.name();
            List<HubSource> sources = new ArrayList<>(hubSources.getOrDefault(name, List.of()));
            sources.sort(Comparator.comparing(HubSource::stageModel));
            hubs.add(new Hub(naming.hubModelName(name), naming.hubFolder(), entity, naming.hubHashKeyName(name),
                    naming.businessKeyColumns(name, entity.businessKeyParts()), List.copyOf(sources),
                    List.copyOf(hubLinks.get(name)), List.copyOf(hubSpecs.get(name))));
        }

        List<RawSource> rawSources = new ArrayList<>();
        rawTables.forEach((system, tables) -> rawSources.add(new RawSource(naming.rawSourceName(system), system,
                schemas.get(system), naming.stagingFolderFor(system),
                tables.values().stream().map(RawTableBuilder::build).toList())));

        entities.sort(Comparator.comparing(Entity::name));
        stages.sort(Comparator.comparing(Stage::model));
        hubs.sort(Comparator.comparing(Hub::model));
        links.sort(Comparator.comparing(Link::model));
        satellites.sort(Comparator.comparing(Satellite::model));
        rules.sort(Comparator.comparing(BusinessRule::entity).thenComparing(BusinessRule::name));
        rawSources.sort(Comparator.comparing(RawSource::name));
        return new Vault(List.copyOf(entities), List.copyOf(rawSources), List.copyOf(stages), List.copyOf(hubs),
                List.copyOf(links), List.copyOf(satellites), List.copyOf(rules));
    }

    private Entity entity(EntitySpec spec) {
        return new Entity(spec.name().value(), spec.description(), new SpecRef(spec.specFile(), spec.specSha256()),
                keyParts(spec), spec.hub().sources().stream().map(Ident::value).sorted().distinct().toList());
    }

    private List<String> keyParts(EntitySpec spec) {
        return spec.hub().businessKey().stream().map(Ident::value).toList();
    }

    private Stage stage(EntitySpec spec, SourceMappingSpec mapping, SpecRef ref) {
        String name = spec.name().value();
        String source = mapping.name().value();
        List<String> parts = keyParts(spec);
        List<String> keyFields = mapping.keyFields().stream().map(Ident::value).toList();
        List<String> keyColumns = naming.businessKeyColumns(name, parts);
        String recordSource = recordSource(spec, mapping);
        String loadTimestamp = loadTimestamp(spec, mapping);

        List<DerivedColumn> derived = new ArrayList<>();
        for (int i = 0; i < keyColumns.size(); i++) {
            derived.add(new DerivedColumn(keyColumns.get(i), keyFields.get(i), "Business key of " + name
                    + (parts.size() > 1 ? " (part " + parts.get(i) + ")" : " (" + parts.get(i) + ")")
                    + ", from " + source + "." + keyFields.get(i)));
        }
        Map<String, DerivedColumn> relatedKeys = new LinkedHashMap<>();
        Map<String, HashedColumn> relatedHashKeys = new LinkedHashMap<>();
        List<HashedColumn> linkHashKeys = new ArrayList<>();
        for (LinkSpec link : linksFrom(spec, source)) {
            List<String> linkInputs = new ArrayList<>(keyColumns);
            for (Ident hub : link.relatedHubs()) {
                EntitySpec related = byName.get(hub.value());
                List<String> relatedParts = keyParts(related);
                List<String> relatedColumns = naming.businessKeyColumns(hub.value(), relatedParts);
                List<Ident> fields = link.relatedKeys().get(source).get(hub.value());
                for (int i = 0; i < relatedColumns.size(); i++) {
                    relatedKeys.putIfAbsent(relatedColumns.get(i), new DerivedColumn(relatedColumns.get(i),
                            fields.get(i).value(), "Business key of " + hub.value()
                            + (relatedParts.size() > 1 ? " (part " + relatedParts.get(i) + ")" : "")
                            + " for link " + link.name().value() + ", from " + source + "." + fields.get(i).value()));
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
                Attribute resolved = attribute(attribute, mapping);
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
                List.copyOf(attributes.values()), List.copyOf(derived), List.copyOf(hashed), ref);
    }

    private String recordSource(EntitySpec spec, SourceMappingSpec mapping) {
        if (mapping.recordSource() != null) {
            return mapping.recordSource();
        }
        String source = mapping.name().value();
        decisions.add(new Decision(spec.name().value() + " / " + source, "record source of "
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
        decisions.add(new Decision(spec.name().value() + " / " + source, "load timestamp of "
                + naming.stagingModelName(spec.name().value(), source) + " is read from source column '" + column
                + "' (the default; set load_timestamp in source_mappings." + source + " to use another column)",
                mapping.location()));
        return column;
    }

    private static Attribute attribute(AttributeSpec attribute, SourceMappingSpec mapping) {
        Ident renamed = mapping.columns().get(attribute.name().value());
        return new Attribute(attribute.name().value(), attribute.description(),
                renamed == null ? attribute.name().value() : renamed.value());
    }

    private static List<LinkSpec> linksFrom(EntitySpec spec, String source) {
        return spec.links().stream().filter(l -> l.sources().stream().anyMatch(s -> s.value().equals(source)))
                .toList();
    }

    private static List<SatelliteSpec> satellitesFrom(EntitySpec spec, String source) {
        return spec.satellites().stream().filter(s -> s.sources().stream().anyMatch(i -> i.value().equals(source)))
                .toList();
    }

    private Satellite satellite(EntitySpec spec, SatelliteSpec satellite, SourceMappingSpec mapping, SpecRef ref) {
        String name = spec.name().value();
        String group = satellite.name().value();
        String source = mapping.name().value();
        return new Satellite(naming.satelliteModelName(name, group, source), naming.satelliteFolder(), name, group,
                satellite.description(), source, naming.hubModelName(name), naming.hubHashKeyName(name),
                naming.hashdiffName(name, group),
                satellite.attributes().stream().map(a -> attribute(a, mapping)).toList(),
                naming.stagingModelName(name, source), ref);
    }

    private Link link(EntitySpec spec, LinkSpec link, SpecRef ref) {
        List<LinkedHub> hubs = new ArrayList<>();
        hubs.add(linkedHub(spec));
        link.relatedHubs().forEach(h -> hubs.add(linkedHub(byName.get(h.value()))));
        List<String> sources = link.sources().stream().map(Ident::value).sorted().toList();
        List<String> stageModels = sources.stream().map(s -> naming.stagingModelName(spec.name().value(), s))
                .sorted().toList();
        return new Link(naming.linkModelName(link.name().value()), naming.linkFolder(), link.name().value(),
                link.description(), link.relationshipType(), naming.linkHashKeyName(link.name().value()),
                List.copyOf(hubs), stageModels, sources, ref);
    }

    private LinkedHub linkedHub(EntitySpec spec) {
        String name = spec.name().value();
        return new LinkedHub(name, naming.hubModelName(name), naming.hubHashKeyName(name),
                naming.businessKeyColumns(name, keyParts(spec)));
    }

    private BusinessRule rule(EntitySpec spec, BusinessRuleSpec rule, SpecRef ref) {
        String name = spec.name().value();
        List<String> models;
        if (rule.satellite() == null) {
            models = List.of(naming.hubModelName(name));
        } else {
            models = spec.satellites().stream().filter(s -> s.name().value().equals(rule.satellite().value()))
                    .flatMap(s -> s.sources().stream()
                            .map(source -> naming.satelliteModelName(name, s.name().value(), source.value())))
                    .sorted().distinct().toList();
        }
        return new BusinessRule(rule.name().value(), name, rule.description(), models, rule.condition(),
                rule.severity() == null ? "error" : rule.severity(), ref);
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
            decisions.add(new Decision(source + "." + table, "raw table " + source + "." + table + " is read by "
                    + builder.entity + " and " + name + "; it is declared once in sources.yml with the columns "
                    + "both read", mapping.location()));
        }
        List<String> parts = keyParts(spec);
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
                Attribute resolved = attribute(attribute, mapping);
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
