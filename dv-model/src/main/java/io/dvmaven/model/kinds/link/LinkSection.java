package io.dvmaven.model.kinds.link;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code links} section of a YAML/JSON entity document. */
final class LinkSection {

    private static final List<String> LINK_KEYS = List.of("name", "description", "related_hub", "related_hubs",
            "relationship_type", "sources", "related_keys");
    static final List<String> RELATIONSHIP_TYPES =
            List.of("one_to_one", "one_to_many", "many_to_one", "many_to_many");

    private final SpecDocument doc;

    LinkSection(SpecDocument doc) {
        this.doc = doc;
    }

    void read(SpecDocument.Section top, EntityParts entity) {
        entity.links(parseLinks(top, entity.nameText()));
    }

    private List<LinkSpec> parseLinks(SpecDocument.Section top, String entity) {
        List<LinkSpec> links = new ArrayList<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, "links", "link", LINK_KEYS,
                "links: [{name: ..., related_hub: ..., sources: [...]}]",
                "- {name: ..., related_hub: ..., sources: [...]}", "link name", "<relationship name>")) {
            SpecDocument.Section section = entry.section();
            SourceLocation location = entry.location();
            Ident name = entry.name();
            String where = entry.where();
            String description = doc.optionalText(section, "description");
            List<Ident> relatedHubs = parseRelatedHubs(section, where, entity);
            String relationshipType = null;
            Node typeNode = section.value("relationship_type");
            if (typeNode != null) {
                relationshipType = doc.scalarText(typeNode, "'relationship_type' of " + where,
                        "relationship_type: many_to_many");
                if (relationshipType != null && !RELATIONSHIP_TYPES.contains(relationshipType)) {
                    doc.diagnostics().error(doc.at(typeNode), "spec.relationship-type", "relationship_type '"
                            + relationshipType + "' of " + where + " is not one of "
                            + String.join(", ", RELATIONSHIP_TYPES), Names.closest(relationshipType,
                            RELATIONSHIP_TYPES).map(s -> "did you mean '" + s + "'?")
                            .orElse("use one of them or remove relationship_type"));
                }
            }
            List<Ident> sources = doc.requiredNameList(section, "sources", null, "[<source system>]");
            doc.checkDuplicates(sources, "source", "sources of " + where);
            Map<String, Map<String, List<Ident>>> relatedKeys =
                    parseRelatedKeys(section, where, relatedHubs, sources, location);
            if (name != null) {
                links.add(new LinkSpec(location, name, description, relatedHubs, relationshipType, sources,
                        relatedKeys));
            }
        }
        return links;
    }

    private List<Ident> parseRelatedHubs(SpecDocument.Section link, String where, String entity) {
        Node one = link.value("related_hub");
        Node many = link.value("related_hubs");
        List<Ident> hubs;
        if (one != null && many != null) {
            doc.diagnostics().error(link.keyLocation("related_hubs"), "spec.conflicting-keys", where
                    + " sets both related_hub and related_hubs", "keep one of them");
            return List.of();
        } else if (one != null) {
            Ident hub = doc.nameValue(one, null, "'related_hub' of " + where, "related_hub: <entity name>");
            hubs = hub == null ? List.of() : List.of(hub);
        } else if (many != null) {
            hubs = doc.nameList(many, null, "'related_hubs' of " + where, "related_hubs: [<entity name>, ...]");
            if (many instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
                doc.diagnostics().error(doc.at(many), "spec.empty-list", "'related_hubs' of " + where + " is empty",
                        "list at least one related entity");
            }
            doc.checkDuplicates(hubs, "related hub", where);
            hubs = hubs.stream().filter(distinctByValue()).toList();
        } else {
            doc.diagnostics().error(link.location(), "spec.missing-field", "missing required key 'related_hub' in " + where,
                    "add related_hub: <entity name> (or related_hubs: [<entity name>, ...])");
            return List.of();
        }
        for (Ident hub : hubs) {
            if (hub.value().equals(entity)) {
                doc.diagnostics().error(hub.location(), "spec.self-link", where + " relates entity '" + entity
                        + "' to itself, which a link cannot key (one hash key column per hub)",
                        "declare it under hierarchical_links or same_as_links, with one role per key");
            }
        }
        return List.copyOf(hubs);
    }

    private static Predicate<Ident> distinctByValue() {
        Set<String> seen = new HashSet<>();
        return ident -> seen.add(ident.value());
    }

    private Map<String, Map<String, List<Ident>>> parseRelatedKeys(SpecDocument.Section link, String where,
                                                                   List<Ident> relatedHubs, List<Ident> sources,
                                                                   SourceLocation linkLocation) {
        Map<String, Map<String, List<Ident>>> relatedKeys = new LinkedHashMap<>();
        List<String> hubNames = relatedHubs.stream().map(Ident::value).toList();
        List<String> sourceNames = sources.stream().map(Ident::value).toList();
        Node node = link.value("related_keys");
        if (node != null && !(node instanceof MappingNode)) {
            doc.wrongType(node, "'related_keys' of " + where, "a mapping",
                    "related_keys: {<source>: <column carrying the related business key>}");
            return relatedKeys;
        }
        Map<String, NodeTuple> entries = node == null ? Map.of()
                : doc.section((MappingNode) node, "related_keys of " + where, doc.at(node), null).entries();
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String source = entry.getKey();
            Node keyNode = entry.getValue().getKeyNode();
            Node value = entry.getValue().getValueNode();
            if (!sourceNames.contains(source)) {
                doc.diagnostics().error(doc.at(keyNode), "spec.unknown-source", "related_keys of " + where + " names source '"
                        + source + "', which the link does not list in sources", Names.closest(source, sourceNames)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("add '" + source + "' to the link's sources or remove the entry"));
                continue;
            }
            String entryWhere = "related_keys." + source + " of " + where;
            Map<String, List<Ident>> byHub = new LinkedHashMap<>();
            if (value instanceof MappingNode full) {
                SpecDocument.Section section = doc.section(full, entryWhere, doc.at(keyNode), null);
                section.entries().forEach((hub, tuple) -> {
                    if (!hubNames.contains(hub)) {
                        doc.diagnostics().error(doc.at(tuple.getKeyNode()), "spec.unknown-hub", entryWhere + " names '" + hub
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
                        doc.diagnostics().error(doc.at(keyNode), "spec.link-key-missing", entryWhere
                                + " has no column for related hub '" + hub + "'",
                                "add " + hub + ": <column carrying the " + hub + " business key>");
                    }
                }
            } else if (hubNames.size() > 1) {
                doc.diagnostics().error(doc.at(value), "spec.wrong-type", entryWhere + " must name the column per related hub "
                        + "because the link has " + hubNames.size() + " related hubs", "write " + source + ": {"
                        + hubNames.stream().map(h -> h + ": <column>").collect(Collectors.joining(", ")) + "}");
            } else {
                List<Ident> columns = columnsValue(value, entryWhere, source + ": <column carrying the "
                        + (hubNames.isEmpty() ? "related" : hubNames.get(0)) + " business key>");
                if (!columns.isEmpty() && !hubNames.isEmpty()) {
                    byHub.put(hubNames.get(0), columns);
                }
            }
            relatedKeys.put(source, Collections.unmodifiableMap(byHub));
        }
        // a link key column that nobody named cannot be guessed: name the source, the hub and the fix
        for (Ident source : sources) {
            if (!entries.containsKey(source.value()) && !hubNames.isEmpty()) {
                String hint = hubNames.size() == 1
                        ? "<column carrying the " + hubNames.get(0) + " business key>"
                        : "{" + hubNames.stream().map(h -> h + ": <column carrying the " + h + " business key>")
                        .collect(Collectors.joining(", ")) + "}";
                doc.diagnostics().error(linkLocation, "spec.link-key-missing", where + " has no related_keys entry for "
                        + "source '" + source.value() + "', so the column carrying the "
                        + hubNames.stream().map(h -> h + " business key").collect(Collectors.joining(" and "))
                        + " is unknown", "add related_keys: {" + source.value() + ": " + hint + "} to " + where);
            }
        }
        return Collections.unmodifiableMap(relatedKeys);
    }

    private List<Ident> columnsValue(Node node, String what, String example) {
        if (node instanceof SequenceNode sequence) {
            if (sequence.getValue().isEmpty()) {
                doc.diagnostics().error(doc.at(node), "spec.empty-list", what + " is empty", "write " + example);
                return List.of();
            }
            return doc.nameList(node, "key field", what, example);
        }
        Ident column = doc.nameValue(node, "key field", what, example);
        return column == null ? List.of() : List.of(column);
    }
}
