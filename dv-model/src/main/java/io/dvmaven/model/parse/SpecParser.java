package io.dvmaven.model.parse;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.parse.input.SpecInput;
import io.dvmaven.model.spec.AttributeSpec;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.HubSpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.spec.LinkSpec;
import io.dvmaven.model.spec.SatelliteSpec;
import io.dvmaven.model.spec.SourceMappingSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads one spec file (YAML or JSON, one entity per document) into {@link EntitySpec}s, checking everything
 * that can be checked inside one document: syntax, keys, types, identifiers, duplicates and references to
 * the document's own source mappings, satellites and business key.
 */
public final class SpecParser {

    private static final List<String> TOP_KEYS =
            List.of("entity", "hub", "satellites", "links", "source_mappings", "business_rules");
    private static final List<String> ENTITY_KEYS = List.of("name", "description");
    private static final List<String> HUB_KEYS = List.of("business_key", "business_key_type", "sources");
    private static final List<String> SATELLITE_KEYS =
            List.of("name", "description", "attributes", "sources", "change_tracking");
    private static final List<String> ATTRIBUTE_KEYS = List.of("name", "description");
    private static final List<String> LINK_KEYS = List.of("name", "description", "related_hub", "related_hubs",
            "relationship_type", "sources", "related_keys");
    private static final List<String> MAPPING_KEYS = List.of("schema", "table", "key_field", "load_timestamp",
            "record_source", "columns", "description");
    private static final List<String> RULE_KEYS =
            List.of("name", "description", "satellite", "condition", "severity");
    private static final List<String> RELATIONSHIP_TYPES =
            List.of("one_to_one", "one_to_many", "many_to_one", "many_to_many");

    private final String file;
    private final String sha256;
    private final Diagnostics diagnostics;
    private final List<Decision> decisions;

    private SpecParser(String file, String sha256, Diagnostics diagnostics, List<Decision> decisions) {
        this.file = file;
        this.sha256 = sha256;
        this.diagnostics = diagnostics;
        this.decisions = decisions;
    }

    /**
     * @param file        path relative to the project, forward slashes
     * @param sha256      hash of the file's bytes
     * @param text        the file's content
     * @param diagnostics where problems go
     * @param decisions   where applied defaults go
     * @return the entities of every document that has a readable entity name, in file order
     */
    public static List<EntitySpec> parse(String file, String sha256, String text, Diagnostics diagnostics,
                                         List<Decision> decisions) {
        return new SpecParser(file, sha256, diagnostics, decisions).parseFile(text);
    }

    private List<EntitySpec> parseFile(String text) {
        List<Node> documents = SpecInput.read(file, text, diagnostics, decisions);
        boolean syntaxError = documents == null;
        if (syntaxError) {
            documents = List.of();
        }
        if (documents.isEmpty() && !syntaxError) {
            diagnostics.error(new SourceLocation(file, 1, 1), "spec.empty", "spec file is empty",
                    "write an entity spec (entity, hub, source_mappings) or delete the file");
        }
        List<EntitySpec> entities = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            EntitySpec entity = parseDocument(documents.get(i), i + 1, documents.size());
            if (entity != null) {
                entities.add(entity);
            }
        }
        return entities;
    }


    // ---------------------------------------------------------------- document

    private EntitySpec parseDocument(Node root, int index, int count) {
        SourceLocation rootLocation = at(root);
        if (isNull(root)) {
            diagnostics.error(rootLocation, "spec.empty",
                    count > 1 ? "document " + index + " of the spec file is empty" : "spec file is empty",
                    count > 1 ? "write an entity spec in it or remove the '---' separator"
                            : "write an entity spec (entity, hub, source_mappings) or delete the file");
            return null;
        }
        if (!(root instanceof MappingNode rootMapping)) {
            diagnostics.error(rootLocation, "spec.wrong-type", "an entity spec must be a mapping of entity, hub, "
                    + "source_mappings, ..., found " + describe(root), "write the spec as key: value pairs");
            return null;
        }
        Section top = new Section(rootMapping, "the entity spec", rootLocation, TOP_KEYS);

        Ident name = null;
        String description = null;
        MappingNode entityNode = requiredMapping(top, "entity", "entity: {name: <entity name>}");
        if (entityNode != null) {
            Section entitySection = new Section(entityNode, "entity", top.keyLocation("entity"), ENTITY_KEYS);
            name = requiredName(entitySection, "name", "entity name", "<entity name>");
            description = optionalText(entitySection, "description");
        }
        String entityName = name == null ? "?" : name.value();

        HubSpec hub = parseHub(top, entityName);
        List<Ident> keyParts = hub == null ? List.of() : hub.businessKey();
        Map<String, SourceMappingSpec> mappings = parseMappings(top, entityName, keyParts);
        List<SatelliteSpec> satellites = parseSatellites(top);
        List<LinkSpec> links = parseLinks(top, entityName);
        List<BusinessRuleSpec> rules = parseRules(top);

        checkSourceReferences(hub, satellites, links, mappings);
        checkRenames(satellites, mappings);
        checkRuleTargets(rules, satellites);
        if (name == null) {
            return null;
        }
        return new EntitySpec(file, sha256, rootLocation, name, description, hub, List.copyOf(satellites),
                List.copyOf(links), java.util.Collections.unmodifiableMap(mappings), List.copyOf(rules));
    }

    // ---------------------------------------------------------------- hub

    private HubSpec parseHub(Section top, String entity) {
        MappingNode hubNode = requiredMapping(top, "hub", "hub: {business_key: [<key part>], sources: [<source>]}");
        if (hubNode == null) {
            return null;
        }
        SourceLocation hubLocation = top.keyLocation("hub");
        Section hub = new Section(hubNode, "hub", hubLocation, HUB_KEYS);
        List<Ident> businessKey = requiredNameList(hub, "business_key", "business key part", "[<key part>]");
        checkDuplicates(businessKey, "business key part", "business_key");
        List<Ident> sources = requiredNameList(hub, "sources", null, "[<source system>]");
        checkDuplicates(sources, "source", "hub sources");
        String keyType = null;
        Node typeNode = hub.value("business_key_type");
        if (typeNode != null) {
            keyType = scalarText(typeNode, "'business_key_type' of hub", "business_key_type: simple");
            if (keyType != null) {
                checkKeyType(keyType, at(typeNode), businessKey, entity);
            }
        }
        return new HubSpec(hubLocation, businessKey, keyType, sources);
    }

    private void checkKeyType(String keyType, SourceLocation location, List<Ident> businessKey, String entity) {
        String parts = businessKey.stream().map(Ident::value).collect(Collectors.joining(", "));
        switch (keyType) {
            case "simple" -> {
                if (businessKey.size() > 1) {
                    diagnostics.error(location, "spec.business-key-type", "business_key_type is simple but "
                            + "business_key has " + businessKey.size() + " parts [" + parts + "]",
                            "set business_key_type: composite, or list one key part");
                }
            }
            case "composite" -> {
                if (businessKey.size() == 1) {
                    decisions.add(new Decision(entity, "business_key_type is composite but business_key has one "
                            + "part [" + parts + "]: generated as a single business key column (the key's arity "
                            + "comes from business_key; list more parts there for a composite key)", location));
                }
            }
            default -> diagnostics.error(location, "spec.business-key-type", "business_key_type '" + keyType
                    + "' is not simple or composite", "use simple (one key part) or composite (several key parts)"
                    + Names.closest(keyType, List.of("simple", "composite")).map(s -> ", did you mean '" + s
                    + "'?").orElse(""));
        }
    }

    // ---------------------------------------------------------------- source mappings

    private Map<String, SourceMappingSpec> parseMappings(Section top, String entity, List<Ident> keyParts) {
        Map<String, SourceMappingSpec> mappings = new LinkedHashMap<>();
        MappingNode node = requiredMapping(top, "source_mappings",
                "source_mappings: {<source>: {schema: ..., table: ..., key_field: ...}}");
        if (node == null) {
            return mappings;
        }
        Section section = new Section(node, "source_mappings", top.keyLocation("source_mappings"), null);
        for (Map.Entry<String, NodeTuple> entry : section.entries().entrySet()) {
            Node keyNode = entry.getValue().getKeyNode();
            Ident source = new Ident(entry.getKey(), at(keyNode));
            checkName(source, "source system");
            Node value = entry.getValue().getValueNode();
            if (!(value instanceof MappingNode mappingNode)) {
                wrongType(value, "source mapping '" + source.value() + "'", "a mapping",
                        source.value() + ": {schema: ..., table: ..., key_field: ...}");
                continue;
            }
            String where = "source mapping '" + source.value() + "'";
            Section mapping = new Section(mappingNode, where, source.location(), MAPPING_KEYS);
            Ident schema = requiredName(mapping, "schema", "raw schema", "<raw schema>");
            Ident table = requiredName(mapping, "table", "raw table", "<raw table>");
            List<Ident> keyFields = parseKeyField(mapping, source.value(), entity, keyParts);
            Ident loadTimestamp = optionalName(mapping, "load_timestamp", "load timestamp column");
            String recordSource = optionalText(mapping, "record_source");
            String description = optionalText(mapping, "description");
            Map<String, Ident> columns = new LinkedHashMap<>();
            Node columnsNode = mapping.value("columns");
            if (columnsNode != null) {
                if (columnsNode instanceof MappingNode columnsMapping) {
                    Section renames = new Section(columnsMapping, "columns of " + where,
                            mapping.keyLocation("columns"), null);
                    renames.entries().forEach((attribute, tuple) -> {
                        checkName(new Ident(attribute, at(tuple.getKeyNode())), "attribute");
                        Ident column = nameValue(tuple.getValueNode(), "source column",
                                "'" + attribute + "' in columns of " + where, attribute + ": <source column>");
                        if (column != null) {
                            columns.put(attribute, column);
                        }
                    });
                } else {
                    wrongType(columnsNode, "'columns' of " + where, "a mapping",
                            "columns: {<attribute>: <source column>}");
                }
            }
            mappings.put(source.value(), new SourceMappingSpec(source.location(), source, schema, table, keyFields,
                    loadTimestamp, columns, recordSource, description));
        }
        return mappings;
    }

    private List<Ident> parseKeyField(Section mapping, String source, String entity, List<Ident> keyParts) {
        String where = "source mapping '" + source + "'";
        Node node = mapping.value("key_field");
        String columnHint = "<column carrying the " + entity + " business key>";
        if (node == null) {
            diagnostics.error(mapping.location(), "spec.missing-field", "missing required key 'key_field' in "
                    + where, "add key_field: " + columnHint);
            return List.of();
        }
        List<String> parts = keyParts.stream().map(Ident::value).toList();
        if (node instanceof MappingNode byPart) {
            Section section = new Section(byPart, "key_field of " + where, at(node), null);
            Map<String, Ident> columns = new HashMap<>();
            section.entries().forEach((part, tuple) -> {
                if (!parts.isEmpty() && !parts.contains(part)) {
                    diagnostics.error(at(tuple.getKeyNode()), "spec.key-field", "key_field of " + where
                            + " names unknown key part '" + part + "'", Names.closest(part, parts)
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("use the business_key parts: " + String.join(", ", parts)));
                    return;
                }
                Ident column = nameValue(tuple.getValueNode(), "key field", "'" + part + "' in key_field of "
                        + where, part + ": <column>");
                if (column != null) {
                    columns.put(part, column);
                }
            });
            List<Ident> ordered = new ArrayList<>();
            for (String part : parts) {
                Ident column = columns.get(part);
                if (column == null) {
                    diagnostics.error(at(node), "spec.key-field", "key_field of " + where
                            + " has no column for key part '" + part + "'", "add " + part + ": <column> to key_field");
                } else {
                    ordered.add(column);
                }
            }
            return ordered.size() == parts.size() ? List.copyOf(ordered) : List.of();
        }
        List<Ident> columns;
        if (node instanceof SequenceNode) {
            columns = nameList(node, "key field", "'key_field' of " + where, "key_field: [<column>, ...]");
            if (columns.isEmpty() && ((SequenceNode) node).getValue().isEmpty()) {
                diagnostics.error(at(node), "spec.empty-list", "'key_field' of " + where + " is empty",
                        "add key_field: " + columnHint);
                return List.of();
            }
        } else {
            Ident column = nameValue(node, "key field", "'key_field' of " + where, "key_field: " + columnHint);
            columns = column == null ? List.of() : List.of(column);
        }
        if (!parts.isEmpty() && !columns.isEmpty() && columns.size() != parts.size()) {
            diagnostics.error(at(node), "spec.key-field", "key_field of " + where + " gives " + count(columns.size(),
                    "column") + " but the " + entity + " business key has " + count(parts.size(), "part") + " ["
                    + String.join(", ", parts) + "]", "list one column per key part in business_key order, or map "
                    + "them: key_field: {" + parts.stream().map(p -> p + ": <column>")
                    .collect(Collectors.joining(", ")) + "}");
            return List.of();
        }
        return columns;
    }

    // ---------------------------------------------------------------- satellites

    private List<SatelliteSpec> parseSatellites(Section top) {
        List<SatelliteSpec> satellites = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node item : optionalList(top, "satellites", "satellites: [{name: ..., attributes: [...], sources: "
                + "[...]}]")) {
            if (!(item instanceof MappingNode node)) {
                wrongType(item, "a satellites entry", "a mapping", "- {name: ..., attributes: [...], sources: [...]}");
                continue;
            }
            SourceLocation location = at(item);
            Section section = new Section(node, describeEntry("satellite", node), location, SATELLITE_KEYS);
            Ident name = requiredName(section, "name", "satellite name", "<attribute group>");
            String where = name == null ? "satellite" : "satellite '" + name.value() + "'";
            section.rename(where);
            if (name != null) {
                duplicate(seen, name, "satellite '" + name.value() + "' is defined twice in this entity",
                        "rename one of the two groups or merge their attributes");
            }
            String description = optionalText(section, "description");
            List<AttributeSpec> attributes = parseAttributes(section, where);
            List<Ident> sources = requiredNameList(section, "sources", null, "[<source system>]");
            checkDuplicates(sources, "source", "sources of " + where);
            boolean changeTracking = true;
            Node tracking = section.value("change_tracking");
            if (tracking != null) {
                if (tracking instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
                    if ("false".equals(scalar.getValue())) {
                        changeTracking = false;
                        diagnostics.error(at(tracking), "spec.change-tracking", "change_tracking: false is not "
                                + "supported in " + where + ": AutomateDV satellites always compare hashdiffs",
                                "remove change_tracking or set it to true");
                    }
                } else {
                    wrongType(tracking, "'change_tracking' of " + where, "true or false", "change_tracking: true");
                }
            }
            if (name != null) {
                satellites.add(new SatelliteSpec(location, name, description, attributes, sources, changeTracking));
            }
        }
        return satellites;
    }

    private List<AttributeSpec> parseAttributes(Section satellite, String where) {
        Node node = satellite.value("attributes");
        if (node == null) {
            missing(satellite, "attributes", "[<attribute>, ...]");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            wrongType(node, "'attributes' of " + where, "a list", "attributes: [<attribute>, ...]");
            return List.of();
        }
        if (sequence.getValue().isEmpty()) {
            diagnostics.error(at(node), "spec.empty-list", "'attributes' of " + where + " is empty",
                    "list at least one attribute");
            return List.of();
        }
        List<AttributeSpec> attributes = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node item : sequence.getValue()) {
            Ident name;
            String description = null;
            if (item instanceof MappingNode mapping) {
                Section section = new Section(mapping, "an attribute of " + where, at(item), ATTRIBUTE_KEYS);
                name = requiredName(section, "name", "attribute", "<attribute>");
                description = optionalText(section, "description");
            } else {
                name = nameValue(item, "attribute", "an attribute of " + where, "- <attribute> or - {name: "
                        + "<attribute>, description: ...}");
            }
            if (name == null) {
                continue;
            }
            if (duplicate(seen, name, "attribute '" + name.value() + "' is listed twice in " + where,
                    "remove one of the two entries")) {
                continue;
            }
            attributes.add(new AttributeSpec(name, description));
        }
        return List.copyOf(attributes);
    }

    // ---------------------------------------------------------------- links

    private List<LinkSpec> parseLinks(Section top, String entity) {
        List<LinkSpec> links = new ArrayList<>();
        for (Node item : optionalList(top, "links", "links: [{name: ..., related_hub: ..., sources: [...]}]")) {
            if (!(item instanceof MappingNode node)) {
                wrongType(item, "a links entry", "a mapping", "- {name: ..., related_hub: ..., sources: [...]}");
                continue;
            }
            SourceLocation location = at(item);
            Section section = new Section(node, describeEntry("link", node), location, LINK_KEYS);
            Ident name = requiredName(section, "name", "link name", "<relationship name>");
            String where = name == null ? "link" : "link '" + name.value() + "'";
            section.rename(where);
            String description = optionalText(section, "description");
            List<Ident> relatedHubs = parseRelatedHubs(section, where, entity);
            String relationshipType = null;
            Node typeNode = section.value("relationship_type");
            if (typeNode != null) {
                relationshipType = scalarText(typeNode, "'relationship_type' of " + where,
                        "relationship_type: many_to_many");
                if (relationshipType != null && !RELATIONSHIP_TYPES.contains(relationshipType)) {
                    diagnostics.error(at(typeNode), "spec.relationship-type", "relationship_type '"
                            + relationshipType + "' of " + where + " is not one of "
                            + String.join(", ", RELATIONSHIP_TYPES), Names.closest(relationshipType,
                            RELATIONSHIP_TYPES).map(s -> "did you mean '" + s + "'?")
                            .orElse("use one of them or remove relationship_type"));
                }
            }
            List<Ident> sources = requiredNameList(section, "sources", null, "[<source system>]");
            checkDuplicates(sources, "source", "sources of " + where);
            Map<String, Map<String, List<Ident>>> relatedKeys =
                    parseRelatedKeys(section, where, relatedHubs, sources, location);
            if (name != null) {
                links.add(new LinkSpec(location, name, description, relatedHubs, relationshipType, sources,
                        relatedKeys));
            }
        }
        return links;
    }

    private List<Ident> parseRelatedHubs(Section link, String where, String entity) {
        Node one = link.value("related_hub");
        Node many = link.value("related_hubs");
        List<Ident> hubs;
        if (one != null && many != null) {
            diagnostics.error(link.keyLocation("related_hubs"), "spec.conflicting-keys", where
                    + " sets both related_hub and related_hubs", "keep one of them");
            return List.of();
        } else if (one != null) {
            Ident hub = nameValue(one, null, "'related_hub' of " + where, "related_hub: <entity name>");
            hubs = hub == null ? List.of() : List.of(hub);
        } else if (many != null) {
            hubs = nameList(many, null, "'related_hubs' of " + where, "related_hubs: [<entity name>, ...]");
            if (many instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
                diagnostics.error(at(many), "spec.empty-list", "'related_hubs' of " + where + " is empty",
                        "list at least one related entity");
            }
            checkDuplicates(hubs, "related hub", where);
            hubs = hubs.stream().filter(distinctByValue()).toList();
        } else {
            diagnostics.error(link.location(), "spec.missing-field", "missing required key 'related_hub' in " + where,
                    "add related_hub: <entity name> (or related_hubs: [<entity name>, ...])");
            return List.of();
        }
        for (Ident hub : hubs) {
            if (hub.value().equals(entity)) {
                diagnostics.error(hub.location(), "spec.self-link", where + " relates entity '" + entity
                        + "' to itself, which is not supported yet",
                        "remove the link (same-as and hierarchical links need one hash key column per role)");
            }
        }
        return List.copyOf(hubs);
    }

    private static java.util.function.Predicate<Ident> distinctByValue() {
        Set<String> seen = new java.util.HashSet<>();
        return ident -> seen.add(ident.value());
    }

    private Map<String, Map<String, List<Ident>>> parseRelatedKeys(Section link, String where,
                                                                   List<Ident> relatedHubs, List<Ident> sources,
                                                                   SourceLocation linkLocation) {
        Map<String, Map<String, List<Ident>>> relatedKeys = new LinkedHashMap<>();
        List<String> hubNames = relatedHubs.stream().map(Ident::value).toList();
        List<String> sourceNames = sources.stream().map(Ident::value).toList();
        Node node = link.value("related_keys");
        if (node != null && !(node instanceof MappingNode)) {
            wrongType(node, "'related_keys' of " + where, "a mapping",
                    "related_keys: {<source>: <column carrying the related business key>}");
            return relatedKeys;
        }
        Map<String, NodeTuple> entries = node == null ? Map.of()
                : new Section((MappingNode) node, "related_keys of " + where, at(node), null).entries();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String source = entry.getKey();
            Node keyNode = entry.getValue().getKeyNode();
            Node value = entry.getValue().getValueNode();
            if (!sourceNames.contains(source)) {
                diagnostics.error(at(keyNode), "spec.unknown-source", "related_keys of " + where + " names source '"
                        + source + "', which the link does not list in sources", Names.closest(source, sourceNames)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("add '" + source + "' to the link's sources or remove the entry"));
                continue;
            }
            String entryWhere = "related_keys." + source + " of " + where;
            Map<String, List<Ident>> byHub = new LinkedHashMap<>();
            if (value instanceof MappingNode full) {
                Section section = new Section(full, entryWhere, at(keyNode), null);
                section.entries().forEach((hub, tuple) -> {
                    if (!hubNames.contains(hub)) {
                        diagnostics.error(at(tuple.getKeyNode()), "spec.unknown-hub", entryWhere + " names '" + hub
                                + "', which is not a related hub of the link", Names.closest(hub, hubNames)
                                .map(s -> "did you mean '" + s + "'?")
                                .orElse("use one of: " + String.join(", ", hubNames)));
                        return;
                    }
                    List<Ident> columns = columnsValue(tuple.getValueNode(), "'" + hub + "' in " + entryWhere,
                            hub + ": <column carrying the " + hub + " business key>");
                    if (!columns.isEmpty()) {
                        byHub.put(hub, columns);
                    }
                });
                for (String hub : hubNames) {
                    if (!byHub.containsKey(hub) && !section.entries().containsKey(hub)) {
                        diagnostics.error(at(keyNode), "spec.link-key-missing", entryWhere
                                + " has no column for related hub '" + hub + "'",
                                "add " + hub + ": <column carrying the " + hub + " business key>");
                    }
                }
            } else if (hubNames.size() > 1) {
                diagnostics.error(at(value), "spec.wrong-type", entryWhere + " must name the column per related hub "
                        + "because the link has " + hubNames.size() + " related hubs", "write " + source + ": {"
                        + hubNames.stream().map(h -> h + ": <column>").collect(Collectors.joining(", ")) + "}");
            } else {
                List<Ident> columns = columnsValue(value, entryWhere, source + ": <column carrying the "
                        + (hubNames.isEmpty() ? "related" : hubNames.get(0)) + " business key>");
                if (!columns.isEmpty() && !hubNames.isEmpty()) {
                    byHub.put(hubNames.get(0), columns);
                }
            }
            relatedKeys.put(source, java.util.Collections.unmodifiableMap(byHub));
        }
        // a link key column that nobody named cannot be guessed: name the source, the hub and the fix
        for (Ident source : sources) {
            if (!entries.containsKey(source.value()) && !hubNames.isEmpty()) {
                String hint = hubNames.size() == 1
                        ? "<column carrying the " + hubNames.get(0) + " business key>"
                        : "{" + hubNames.stream().map(h -> h + ": <column carrying the " + h + " business key>")
                        .collect(Collectors.joining(", ")) + "}";
                diagnostics.error(linkLocation, "spec.link-key-missing", where + " has no related_keys entry for "
                        + "source '" + source.value() + "', so the column carrying the "
                        + hubNames.stream().map(h -> h + " business key").collect(Collectors.joining(" and "))
                        + " is unknown", "add related_keys: {" + source.value() + ": " + hint + "} to " + where);
            }
        }
        return java.util.Collections.unmodifiableMap(relatedKeys);
    }

    private List<Ident> columnsValue(Node node, String what, String example) {
        if (node instanceof SequenceNode sequence) {
            if (sequence.getValue().isEmpty()) {
                diagnostics.error(at(node), "spec.empty-list", what + " is empty", "write " + example);
                return List.of();
            }
            return nameList(node, "key field", what, example);
        }
        Ident column = nameValue(node, "key field", what, example);
        return column == null ? List.of() : List.of(column);
    }

    /**
     * Remembers {@code name}; when it was seen before in the same list, reports it at the second place, naming the
     * first line, and returns true.
     */
    private boolean duplicate(Map<String, SourceLocation> seen, Ident name, String what, String fix) {
        SourceLocation first = seen.putIfAbsent(name.value(), name.location());
        if (first == null) {
            return false;
        }
        diagnostics.error(name.location(), "spec.duplicate-name", what + " (first at line " + first.line() + ")", fix);
        return true;
    }

    // ---------------------------------------------------------------- business rules

    private List<BusinessRuleSpec> parseRules(Section top) {
        List<BusinessRuleSpec> rules = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (Node item : optionalList(top, "business_rules", "business_rules: [{name: ..., condition: ...}]")) {
            if (!(item instanceof MappingNode node)) {
                wrongType(item, "a business_rules entry", "a mapping", "- {name: ..., condition: ...}");
                continue;
            }
            SourceLocation location = at(item);
            Section section = new Section(node, describeEntry("business rule", node), location, RULE_KEYS);
            Ident name = requiredName(section, "name", "business rule name", "<rule name>");
            String where = name == null ? "business rule" : "business rule '" + name.value() + "'";
            section.rename(where);
            if (name != null && duplicate(seen, name, "business rule '" + name.value()
                    + "' is defined twice in this entity", "rename one of the two rules")) {
                name = null;
            }
            String description = optionalText(section, "description");
            Ident satellite = null;
            Node satelliteNode = section.value("satellite");
            if (satelliteNode != null) {
                satellite = nameValue(satelliteNode, null, "'satellite' of " + where, "satellite: <attribute group>");
            }
            String condition = optionalText(section, "condition");
            String severity = null;
            Node severityNode = section.value("severity");
            if (severityNode != null) {
                severity = scalarText(severityNode, "'severity' of " + where, "severity: error");
                if (severity != null && !severity.equals("error") && !severity.equals("warn")) {
                    diagnostics.error(at(severityNode), "spec.severity", "severity '" + severity + "' of " + where
                            + " is not error or warn", "use severity: error or severity: warn");
                    severity = null;
                }
            }
            if (name != null) {
                rules.add(new BusinessRuleSpec(location, name, description, satellite, condition,
                        severity == null ? "error" : severity));
            }
        }
        return rules;
    }

    // ---------------------------------------------------------------- references inside one document

    private void checkSourceReferences(HubSpec hub, List<SatelliteSpec> satellites, List<LinkSpec> links,
                                       Map<String, SourceMappingSpec> mappings) {
        Set<String> used = new LinkedHashSet<>();
        if (hub != null) {
            checkSources(hub.sources(), "hub", mappings, used);
        }
        satellites.forEach(s -> checkSources(s.sources(), "satellite '" + s.name().value() + "'", mappings, used));
        links.forEach(l -> checkSources(l.sources(), "link '" + l.name().value() + "'", mappings, used));
        if (hub == null) {
            return;
        }
        for (SourceMappingSpec mapping : mappings.values()) {
            if (!used.contains(mapping.name().value())) {
                diagnostics.warning(mapping.location(), "spec.unused-source-mapping", "source mapping '"
                        + mapping.name().value() + "' is not used by the hub, a satellite or a link",
                        "add it to hub sources, or remove it");
            }
        }
    }

    private void checkSources(List<Ident> sources, String owner, Map<String, SourceMappingSpec> mappings,
                              Set<String> used) {
        for (Ident source : sources) {
            used.add(source.value());
            if (!mappings.containsKey(source.value())) {
                diagnostics.error(source.location(), "spec.unknown-source", "source '" + source.value() + "' of "
                        + owner + " is not in source_mappings", Names.closest(source.value(), mappings.keySet())
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("add " + source.value() + " to source_mappings with schema, table and key_field"));
            }
        }
    }

    private void checkRenames(List<SatelliteSpec> satellites, Map<String, SourceMappingSpec> mappings) {
        for (SourceMappingSpec mapping : mappings.values()) {
            Set<String> provided = new LinkedHashSet<>();
            for (SatelliteSpec satellite : satellites) {
                if (satellite.sources().stream().anyMatch(s -> s.value().equals(mapping.name().value()))) {
                    satellite.attributes().forEach(a -> provided.add(a.name().value()));
                }
            }
            mapping.columns().forEach((attribute, column) -> {
                if (!provided.contains(attribute)) {
                    diagnostics.warning(column.location(), "spec.unused-rename", "columns of source mapping '"
                            + mapping.name().value() + "' renames attribute '" + attribute + "', which no satellite "
                            + "loads from " + mapping.name().value(), Names.closest(attribute, provided)
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("remove the entry, or add '" + mapping.name().value()
                                    + "' to the sources of the satellite holding '" + attribute + "'"));
                }
            });
        }
    }

    private void checkRuleTargets(List<BusinessRuleSpec> rules, List<SatelliteSpec> satellites) {
        List<String> groups = satellites.stream().map(s -> s.name().value()).toList();
        for (BusinessRuleSpec rule : rules) {
            if (rule.satellite() != null && !groups.contains(rule.satellite().value())) {
                diagnostics.error(rule.satellite().location(), "spec.unknown-satellite", "business rule '"
                        + rule.name().value() + "' refers to unknown satellite '" + rule.satellite().value() + "'",
                        Names.closest(rule.satellite().value(), groups).map(s -> "did you mean '" + s + "'?")
                        .orElse(groups.isEmpty() ? "remove satellite to test the rule on the hub"
                                : "use one of: " + String.join(", ", groups)));
            }
        }
    }

    // ---------------------------------------------------------------- typed accessors

    private MappingNode requiredMapping(Section parent, String key, String example) {
        Node node = parent.value(key);
        if (node == null) {
            missing(parent, key, example.substring(example.indexOf(':') + 2));
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            wrongType(node, "'" + key + "'", "a mapping", example);
            return null;
        }
        return mapping;
    }

    private List<Node> optionalList(Section parent, String key, String example) {
        Node node = parent.value(key);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            wrongType(node, "'" + key + "'", "a list", example);
            return List.of();
        }
        return sequence.getValue();
    }

    private Ident requiredName(Section section, String key, String label, String placeholder) {
        Node node = section.value(key);
        if (node == null) {
            missing(section, key, placeholder);
            return null;
        }
        return nameValue(node, label, "'" + key + "' of " + section.where(), key + ": " + placeholder);
    }

    private Ident optionalName(Section section, String key, String label) {
        Node node = section.value(key);
        return node == null ? null : nameValue(node, label, "'" + key + "' of " + section.where(),
                key + ": <" + label + ">");
    }

    private String optionalText(Section section, String key) {
        Node node = section.value(key);
        return node == null ? null : scalarText(node, "'" + key + "' of " + section.where(), key + ": \"...\"");
    }

    private List<Ident> requiredNameList(Section section, String key, String label, String placeholder) {
        Node node = section.value(key);
        if (node == null) {
            missing(section, key, placeholder);
            return List.of();
        }
        String what = "'" + key + "' of " + section.where();
        if (node instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
            diagnostics.error(at(node), "spec.empty-list", what + " is empty", "write " + key + ": " + placeholder);
            return List.of();
        }
        return nameList(node, label, what, key + ": " + placeholder);
    }

    /** A list of names; {@code label} non-null means the names are definitions to check. */
    private List<Ident> nameList(Node node, String label, String what, String example) {
        if (!(node instanceof SequenceNode sequence)) {
            wrongType(node, what, "a list of names", example);
            return List.of();
        }
        List<Ident> names = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Ident name = nameValue(item, label, "an entry of " + what, example);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** A single name; {@code label} non-null means the name is a definition to check. */
    private Ident nameValue(Node node, String label, String what, String example) {
        String text = scalarText(node, what, example);
        if (text == null) {
            return null;
        }
        Ident ident = new Ident(text, at(node));
        if (label != null) {
            checkName(ident, label);
        }
        return ident;
    }

    private String scalarText(Node node, String what, String example) {
        if (node instanceof ScalarNode scalar && !isNull(node)) {
            return scalar.getValue();
        }
        wrongType(node, what, isNull(node) ? "a value" : "a single value", example);
        return null;
    }

    private void checkName(Ident ident, String label) {
        Names.checkIdentifier(ident, label, diagnostics);
    }

    private void checkDuplicates(List<Ident> names, String label, String where) {
        Map<String, Ident> seen = new HashMap<>();
        for (Ident name : names) {
            Ident first = seen.putIfAbsent(name.value(), name);
            if (first != null) {
                diagnostics.error(name.location(), "spec.duplicate-name", label + " '" + name.value()
                        + "' is listed twice in " + where + " (first at line " + first.location().line() + ")",
                        "remove one of the two entries");
            }
        }
    }

    private void missing(Section section, String key, String placeholder) {
        diagnostics.error(section.location(), "spec.missing-field", "missing required key '" + key + "' in "
                + section.where(), "add " + key + ": " + placeholder);
    }

    private void wrongType(Node node, String what, String expected, String example) {
        diagnostics.error(at(node), "spec.wrong-type", what + " must be " + expected + ", found " + describe(node),
                "write " + example);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (isNull(node)) {
            return "no value";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    /** "satellite 'demographics'" when the entry has a readable name, else just the kind. */
    private static String describeEntry(String kind, MappingNode node) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && "name".equals(key.getValue())
                    && tuple.getValueNode() instanceof ScalarNode value && !isNull(value)) {
                return kind + " '" + value.getValue() + "'";
            }
        }
        return kind;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private SourceLocation at(Node node) {
        Mark mark = node.getStartMark().orElse(null);
        return mark == null ? new SourceLocation(file, 1, 1)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** A mapping's entries by key (first occurrence), reporting duplicate, unknown and non-scalar keys. */
    private final class Section {
        private String where;
        private final SourceLocation location;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Section(MappingNode node, String where, SourceLocation location, Collection<String> allowed) {
            this.where = where;
            this.location = location;
            Map<String, Integer> firstLine = new HashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey) || isNull(keyNode)) {
                    wrongType(keyNode, "a key in " + where, "a name", "<name>: <value>");
                    continue;
                }
                String key = scalarKey.getValue();
                Integer first = firstLine.putIfAbsent(key, at(keyNode).line());
                if (first != null) {
                    diagnostics.error(at(keyNode), "spec.duplicate-key", "duplicate key '" + key + "' in " + where
                            + " (first at line " + first + ")", "remove one of the two");
                    continue;
                }
                if (allowed != null && !allowed.contains(key)) {
                    diagnostics.error(at(keyNode), "spec.unknown-key", "unknown key '" + key + "' in " + where,
                            Names.closest(key, allowed).map(s -> "did you mean '" + s + "'?")
                                    .orElse("remove it; allowed keys: " + String.join(", ", allowed)));
                    continue;
                }
                entries.put(key, tuple);
            }
        }

        void rename(String newWhere) {
            this.where = newWhere;
        }

        String where() {
            return where;
        }

        SourceLocation location() {
            return location;
        }

        Map<String, NodeTuple> entries() {
            return entries;
        }

        Node value(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? null : tuple.getValueNode();
        }

        SourceLocation keyLocation(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? location : at(tuple.getKeyNode());
        }
    }
}
