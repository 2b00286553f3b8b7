package io.dvmaven.model.mermaid;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.mermaid.DiagramSpecs.Placed;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.mermaid.ErDiagram.Table;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.EntitySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code %% dv:} directives of the structure kinds beyond hub, link and satellite: each kind reads its own
 * ({@link KindDiagram}); here they are only routed to the entity they name, and the tables the kinds draw are
 * accepted as their picture.
 */
final class KindDirectives {

    /** Every kind's directive by keyword. */
    static final Map<String, DirectiveShape> SHAPES = shapes();

    private final DiagramSpecs d;
    private final Map<String, List<Placed<Directive>>> byEntity = new LinkedHashMap<>();
    private final List<Placed<Table>> kindTables = new ArrayList<>();

    KindDirectives(DiagramSpecs d) {
        this.d = d;
    }

    private static Map<String, DirectiveShape> shapes() {
        Map<String, DirectiveShape> shapes = new LinkedHashMap<>();
        for (Kind kind : KindRegistry.all()) {
            kind.diagram().ifPresent(diagram -> diagram.shapes().forEach(s -> shapes.put(s.keyword(), s)));
        }
        return Collections.unmodifiableMap(shapes);
    }

    /** A table that is no hub, link or satellite; it must be one that a declared kind draws. */
    void table(Placed<Table> table) {
        kindTables.add(table);
    }

    boolean isKindTable(String name) {
        return kindTables.stream().anyMatch(t -> t.item().name().equals(name));
    }

    /** Routes each kind directive to its entity, which gets a draft when the diagram has none for it yet. */
    void collect(List<Placed<Directive>> valid) {
        for (Placed<Directive> placed : valid) {
            if (!SHAPES.containsKey(placed.item().keyword())) {
                continue;
            }
            ErDiagram.Arg entity = DiagramDirectives.positional(placed.item()).get(0);
            if (!d.knownEntity(entity.value()) && !d.drafts.containsKey(entity.value())) {
                new DiagramDirectives(d).unknownEntity(entity, "dv:" + placed.item().keyword());
                continue;
            }
            d.draft(entity.value(), placed.diagram(), placed.item().location());
            byEntity.computeIfAbsent(entity.value(), e -> new ArrayList<>()).add(placed);
        }
    }

    /** The diagram's entity with the sections its kind directives declare. */
    EntitySpec read(EntitySpec entity) {
        List<Placed<Directive>> mine = byEntity.get(entity.name().value());
        if (mine == null) {
            return entity;
        }
        EntityParts parts = EntityParts.of(entity);
        for (Kind kind : KindRegistry.all()) {
            kind.diagram().ifPresent(diagram -> {
                List<KindDirective> directives = new ArrayList<>();
                for (DirectiveShape shape : diagram.shapes()) {
                    mine.stream().filter(p -> p.item().keyword().equals(shape.keyword()))
                            .forEach(p -> directives.add(new KindDirective(p.item(), shape, d.diagnostics)));
                }
                directives.sort((a, b) -> a.location().compareTo(b.location()));
                if (!directives.isEmpty()) {
                    diagram.read(directives, parts);
                    directives.forEach(KindDirective::checkDescriptions);
                }
            });
        }
        return parts.build(entity.specFile(), entity.specSha256(), entity.location());
    }

    /** The checks each kind makes once its sections and the entity's links are known (as for a spec file). */
    void check(EntitySpec merged) {
        List<Placed<Directive>> mine = byEntity.get(merged.name().value());
        if (mine == null) {
            return;
        }
        Set<String> keywords = new HashSet<>();
        mine.forEach(p -> keywords.add(p.item().keyword()));
        SpecDocument document = new SpecDocument(mine.get(0).diagram().file(), d.diagnostics, d.decisions);
        for (Kind kind : KindRegistry.all()) {
            boolean declared = kind.diagram().map(k -> k.shapes().stream().anyMatch(s ->
                    keywords.contains(s.keyword()))).orElse(false);
            if (declared) {
                kind.check(document, merged);
            }
        }
    }

    /** Reports the tables no hub, link, satellite or declared kind accounts for. */
    void checkTables(List<EntitySpec> entities) {
        Set<String> drawn = new HashSet<>(MermaidWriter.tableNames(entities, d.naming));
        for (Placed<Table> table : kindTables) {
            if (!drawn.contains(table.item().name())) {
                Table t = table.item(); // the message of before kinds had directives: most such tables are typos
                d.diagnostics.error(t.location(), "mermaid.unknown-role", "table '" + t.name() + "' is not a hub ("
                        + d.naming.hubModel() + "), link (" + d.naming.linkModel() + ") or satellite ("
                        + d.naming.satelliteModel() + ")", "rename it after the naming conventions, e.g. '"
                        + d.naming.hubModelName(Names.toSnakeCase(t.name())) + "'");
            }
        }
    }
}
