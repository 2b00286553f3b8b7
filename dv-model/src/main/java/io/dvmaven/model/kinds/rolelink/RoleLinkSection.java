package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.link.LinkRefs;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads the {@code hierarchical_links} or {@code same_as_links} section of a YAML/JSON entity document. */
final class RoleLinkSection {

    private static final List<String> KEYS = List.of("name", "description", "roles", "sources", "role_keys");

    private final SpecDocument doc;
    private final RoleLinkType type;

    RoleLinkSection(SpecDocument doc, RoleLinkType type) {
        this.doc = doc;
        this.type = type;
    }

    /** Adds this section's links to those of the other role link section read before. */
    void read(SpecDocument.Section top, EntityParts entity) {
        List<RoleLinkSpec> links = new ArrayList<>(entity.part(RoleLinkSpec.class));
        for (SpecDocument.Entry entry : doc.namedEntries(top, type.section(), type.label(), KEYS,
                type.section() + ": [{name: ..., roles: " + type.exampleRoles() + ", sources: [...], role_keys: ...}]",
                "- {name: ..., roles: " + type.exampleRoles() + ", sources: [...], role_keys: ...}",
                type.label() + " name", "<relationship name>")) {
            SpecDocument.Section section = entry.section();
            String description = doc.optionalText(section, "description");
            List<Ident> roles = doc.requiredNameList(section, "roles", "role", type.exampleRoles());
            doc.checkDuplicates(roles, "role", entry.where());
            if (roles.size() == 1) {
                doc.diagnostics().error(roles.get(0).location(), "spec.too-few-roles", entry.where()
                        + " names one role; it joins the hub with itself, so it needs two or more",
                        "write roles: " + type.exampleRoles());
            }
            List<Ident> sources = doc.requiredNameList(section, "sources", null, "[<source system>]");
            doc.checkDuplicates(sources, "source", "sources of " + entry.where());
            Map<String, Map<String, List<Ident>>> keys = roleKeys(section, entry.where(), roles, sources);
            if (entry.name() != null && roles.size() > 1) {
                links.add(new RoleLinkSpec(entry.location(), type, entry.name(), description, roles, sources, keys));
            }
        }
        entity.part(RoleLinkSpec.class, links);
    }

    private Map<String, Map<String, List<Ident>>> roleKeys(SpecDocument.Section link, String where, List<Ident> roles,
                                                           List<Ident> sources) {
        List<String> roleNames = roles.stream().map(Ident::value).toList();
        List<String> sourceNames = sources.stream().map(Ident::value).toList();
        String example = "{" + roleNames.stream().map(r -> r + ": <column>").collect(Collectors.joining(", ")) + "}";
        Node node = link.value("role_keys");
        if (node == null) {
            doc.missing(link, "role_keys", "{<source>: " + example + "}");
            return Map.of();
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'role_keys' of " + where, "a mapping", "role_keys: {<source>: " + example + "}");
            return Map.of();
        }
        Map<String, Map<String, List<Ident>>> keys = new LinkedHashMap<>();
        SpecDocument.Section bySource = doc.section(mapping, "role_keys of " + where, doc.at(node), null);
        for (Map.Entry<String, NodeTuple> entry : bySource.entries().entrySet()) {
            String source = entry.getKey();
            Node keyNode = entry.getValue().getKeyNode();
            if (!sourceNames.contains(source)) {
                doc.diagnostics().error(doc.at(keyNode), "spec.unknown-source", "role_keys of " + where + " names source '"
                        + source + "', which is not in its sources", Names.closest(source, sourceNames)
                        .map(s -> "did you mean '" + s + "'?").orElse("add it to sources or remove the entry"));
                continue;
            }
            if (!(entry.getValue().getValueNode() instanceof MappingNode byRole)) {
                doc.wrongType(entry.getValue().getValueNode(), "role_keys." + source + " of " + where, "a mapping",
                        source + ": " + example);
                continue;
            }
            SpecDocument.Section roleSection = doc.section(byRole, "role_keys." + source + " of " + where,
                    doc.at(keyNode), roleNames);
            Map<String, List<Ident>> byRoleName = new LinkedHashMap<>();
            for (String role : roleNames) {
                List<Ident> columns = LinkRefs.nameOrList(doc, roleSection, role, "key field", role + ": <column>");
                if (columns.isEmpty() && roleSection.value(role) == null) {
                    doc.missing(roleSection, role, "<column carrying the " + role + "'s business key>");
                }
                byRoleName.put(role, columns);
            }
            keys.put(source, Collections.unmodifiableMap(byRoleName));
        }
        for (Ident source : sources) {
            if (!keys.containsKey(source.value()) && !bySource.entries().containsKey(source.value())) {
                doc.diagnostics().error(doc.at(node), "spec.link-key-missing", "role_keys of " + where
                        + " has no entry for source '" + source.value() + "'", "add " + source.value() + ": "
                        + example);
            }
        }
        return Collections.unmodifiableMap(keys);
    }
}
