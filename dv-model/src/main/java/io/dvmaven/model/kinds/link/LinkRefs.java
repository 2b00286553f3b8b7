package io.dvmaven.model.kinds.link;

import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.LinkedHub;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * What the kinds that hang off a link (effectivity and link satellites) share: finding the link they name in
 * their entity, checking the sources they read against it, and the hubs it joins.
 */
public final class LinkRefs {

    private LinkRefs() {
    }

    /** The link {@code name} of {@code entity}, if it defines one (an unknown name was reported while reading). */
    public static Optional<LinkSpec> of(EntitySpec entity, Ident name) {
        return entity.links().stream().filter(l -> l.name().value().equals(name.value())).findFirst();
    }

    /** The link {@code name} of {@code entity}; reports an unknown name at its location and returns empty. */
    public static Optional<LinkSpec> find(SpecDocument doc, EntitySpec entity, Ident name, String where) {
        Optional<LinkSpec> link = of(entity, name);
        if (link.isEmpty()) {
            List<String> names = entity.links().stream().map(l -> l.name().value()).toList();
            doc.diagnostics().error(name.location(), "spec.unknown-link", where + " names link '" + name.value()
                    + "', which entity '" + (entity.name() == null ? "?" : entity.name().value())
                    + "' does not define in links",
                    Names.closest(name.value(), names).map(s -> "did you mean '" + s + "'?")
                            .orElse(names.isEmpty() ? "add the link to links of this entity"
                                    : "use one of: " + String.join(", ", names)));
        }
        return link;
    }

    /** Reports each of {@code sources} that {@code link} does not load. */
    public static void checkSources(SpecDocument doc, LinkSpec link, List<Ident> sources, String where) {
        List<String> linkSources = link.sources().stream().map(Ident::value).toList();
        for (Ident source : sources) {
            if (!linkSources.contains(source.value())) {
                doc.diagnostics().error(source.location(), "spec.unknown-source", where + " reads source '"
                        + source.value() + "', which link '" + link.name().value() + "' does not list in sources",
                        Names.closest(source.value(), linkSources).map(s -> "did you mean '" + s + "'?")
                                .orElse("use one of: " + String.join(", ", linkSources)));
            }
        }
    }

    /** The sources read: those listed, or every source of the link when none are. */
    public static List<Ident> sourcesOrAll(LinkSpec link, List<Ident> sources) {
        return sources.isEmpty() ? link.sources() : sources;
    }

    /** The entities a link joins, in key order: its own entity, then its related hubs. */
    public static List<String> hubs(String entity, LinkSpec link) {
        List<String> hubs = new ArrayList<>();
        hubs.add(entity);
        link.relatedHubs().forEach(h -> hubs.add(h.value()));
        return hubs;
    }

    /** An entity's hub as it takes part in a link. */
    public static LinkedHub linkedHub(VaultBuilder vault, String entity) {
        NamingConventions naming = vault.naming();
        return new LinkedHub(entity, naming.hubModelName(entity), naming.hubHashKeyName(entity),
                naming.businessKeyColumns(entity, VaultBuilder.keyParts(vault.entity(entity))));
    }

    /** One name or a list of names ({@code driving_key: member} or {@code [member, plan]}); empty when absent. */
    public static List<Ident> nameOrList(SpecDocument doc, SpecDocument.Section section, String key, String label,
                                         String example) {
        Node node = section.value(key);
        if (node == null) {
            return List.of();
        }
        String what = "'" + key + "' of " + section.where();
        if (node instanceof SequenceNode sequence) {
            if (sequence.getValue().isEmpty()) {
                doc.diagnostics().error(doc.at(node), "spec.empty-list", what + " is empty", "write " + example);
                return List.of();
            }
            List<Ident> names = doc.nameList(node, label, what, example);
            doc.checkDuplicates(names, key, section.where());
            return names;
        }
        Ident name = doc.nameValue(node, label, what, example);
        return name == null ? List.of() : List.of(name);
    }
}
