package io.dvmaven.model.mermaid;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A link table of a diagram: the hubs it relates (its owner first), its sources and related keys. */
final class LinkDraft {

    final ErDiagram diagram;
    final Ident name;
    final SourceLocation location;
    final String table;
    final List<Ident> hubs;
    final List<Ident> sources = new ArrayList<>();
    final Map<String, Map<String, List<Ident>>> relatedKeys = new LinkedHashMap<>();
    String type;
    String description;

    LinkDraft(ErDiagram diagram, Ident name, SourceLocation location, String table, List<Ident> hubs) {
        this.diagram = diagram;
        this.name = name;
        this.location = location;
        this.table = table;
        this.hubs = hubs;
    }

    List<String> related() {
        return hubs.stream().skip(1).map(Ident::value).toList();
    }

    LinkSpec build() {
        return new LinkSpec(location, name, description, List.copyOf(hubs.subList(1, hubs.size())), type,
                List.copyOf(sources), Collections.unmodifiableMap(new LinkedHashMap<>(relatedKeys)));
    }
}
