package io.dvmaven.model.mermaid;

import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.kinds.link.LinkSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a design as one Mermaid {@code erDiagram}: every hub, satellite and link table with its keys, the
 * relationships between them, and {@code %% dv:} directives for everything a diagram cannot show (each further
 * structure kind writes its own, {@link KindDiagram}), so that reading the diagram back gives the same design.
 * Output is deterministic (entities sorted by name, LF).
 */
public final class MermaidWriter {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.,:<>/+*-]+");
    private static final String INDENT = "    ";

    private final NamingConventions naming;
    private final StringBuilder out = new StringBuilder();
    private final Map<DiagramCanvas.Style, List<String>> kindTables = new EnumMap<>(DiagramCanvas.Style.class);

    private MermaidWriter(NamingConventions naming) {
        this.naming = naming;
    }

    /** @param entities the design's entities, as the loader returns them */
    public static String write(List<EntitySpec> entities, NamingConventions naming) {
        return new MermaidWriter(naming).run(entities);
    }

    /** Table names the diagram contains, in the order written; one Mermaid node each. */
    public static List<String> tableNames(List<EntitySpec> entities, NamingConventions naming) {
        List<String> tables = new ArrayList<>();
        for (EntitySpec entity : sorted(entities)) {
            String name = entity.name().value();
            tables.add(naming.hubModelName(name));
            for (SatelliteSpec satellite : entity.satellites()) {
                for (Ident source : satellite.sources()) {
                    tables.add(naming.satelliteModelName(name, satellite.name().value(), source.value()));
                }
            }
            entity.links().forEach(l -> tables.add(naming.linkModelName(l.name().value())));
            DiagramCanvas names = new DiagramCanvas() {
                @Override
                public void table(String table, Style style, List<String> columns) {
                    tables.add(table);
                }

                @Override
                public void relationship(String parent, String child, String label) {
                }
            };
            KindRegistry.all().forEach(kind -> kind.draw(entity, naming, names));
        }
        return tables;
    }

    private static List<EntitySpec> sorted(List<EntitySpec> entities) {
        return entities.stream().filter(e -> e.hub() != null)
                .sorted(Comparator.comparing((EntitySpec e) -> e.name().value())).toList();
    }

    private String run(List<EntitySpec> entities) {
        line(0, "erDiagram");
        List<String> relationships = new ArrayList<>();
        for (EntitySpec entity : sorted(entities)) {
            entity(entity, relationships);
        }
        relationships.forEach(r -> line(1, r));
        styles(entities);
        return out.toString();
    }

    /** Hubs, links and satellites drawn in different colours (the reader skips these lines). */
    private void styles(List<EntitySpec> entities) {
        List<String> hubs = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<String> satellites = new ArrayList<>();
        List<String> drawnByKinds = kindTables.values().stream().flatMap(List::stream).toList();
        for (String table : tableNames(entities, naming)) {
            if (drawnByKinds.contains(table)) {
                continue;
            }
            if (NamePattern.single(naming.hubModel(), table, "entity") != null) {
                hubs.add(table);
            } else if (NamePattern.single(naming.linkModel(), table, "link") != null) {
                links.add(table);
            } else {
                satellites.add(table);
            }
        }
        line(1, "classDef hub fill:#dbeafe,stroke:#1d4ed8,stroke-width:2px");
        line(1, "classDef link fill:#dcfce7,stroke:#15803d,stroke-width:2px");
        line(1, "classDef satellite fill:#fef3c7,stroke:#b45309,stroke-width:1px");
        kindTables.getOrDefault(DiagramCanvas.Style.HUB, List.of()).forEach(hubs::add);
        kindTables.getOrDefault(DiagramCanvas.Style.LINK, List.of()).forEach(links::add);
        kindTables.getOrDefault(DiagramCanvas.Style.SATELLITE, List.of()).forEach(satellites::add);
        if (kindTables.containsKey(DiagramCanvas.Style.REFERENCE)) {
            line(1, "classDef reference fill:#ede9fe,stroke:#6d28d9,stroke-width:2px");
        }
        if (kindTables.containsKey(DiagramCanvas.Style.BUSINESS)) {
            line(1, "classDef business fill:#f3f4f6,stroke:#374151,stroke-width:1px,stroke-dasharray:4");
        }
        if (!hubs.isEmpty()) {
            line(1, "class " + String.join(",", hubs) + " hub");
        }
        if (!links.isEmpty()) {
            line(1, "class " + String.join(",", links) + " link");
        }
        if (!satellites.isEmpty()) {
            line(1, "class " + String.join(",", satellites) + " satellite");
        }
        for (DiagramCanvas.Style style : List.of(DiagramCanvas.Style.REFERENCE, DiagramCanvas.Style.BUSINESS)) {
            if (kindTables.containsKey(style)) {
                line(1, "class " + String.join(",", kindTables.get(style)) + " " + style.name().toLowerCase(
                        java.util.Locale.ROOT));
            }
        }
    }

    /** The canvas further kinds draw on: their tables after the entity's own, their edges with the others. */
    private DiagramCanvas canvas(List<String> relationships) {
        return new DiagramCanvas() {
            @Override
            public void table(String name, Style style, List<String> columns) {
                line(1, name + " {");
                columns.forEach(column -> line(2, column));
                metadataColumns();
                line(1, "}");
                kindTables.computeIfAbsent(style, k -> new ArrayList<>()).add(name);
            }

            @Override
            public void relationship(String parent, String child, String label) {
                relationships.add(parent + " ||--o{ " + child + " : " + quoteAlways(label));
            }
        };
    }

    private static String quoteAlways(String label) {
        return "\"" + label.replace("\"", "'").replace("\n", " ") + "\"";
    }

    private void entity(EntitySpec entity, List<String> relationships) {
        String name = entity.name().value();
        String hub = naming.hubModelName(name);
        List<String> parts = entity.hub().businessKey().stream().map(Ident::value).toList();
        line(1, "%% ---- entity " + name);
        if (entity.description() != null) {
            directive("description", name, quote(entity.description()));
        }
        directive("business_key", name, String.join(" ", parts.stream().map(MermaidWriter::quote).toList())
                + DiagramNullKeys.options(entity.hub().nullKeys()));
        for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
            source(name, mapping, entity.hub().sources().stream().anyMatch(h -> h.value().equals(mapping.name()
                    .value())));
        }
        line(1, hub + " {");
        line(2, "binary " + naming.hubHashKeyName(name) + " PK");
        for (String column : naming.businessKeyColumns(name, parts)) {
            line(2, "varchar " + column);
        }
        metadataColumns();
        line(1, "}");

        for (SatelliteSpec satellite : entity.satellites()) {
            String group = satellite.name().value();
            if (satellite.description() != null) {
                directive("description", name + "." + group, quote(satellite.description()));
            }
            DirectiveLine options = DiagramSatellites.write(name, satellite);
            if (options != null) {
                line(1, options.text());
            }
            for (AttributeSpec attribute : satellite.attributes()) {
                if (attribute.description() != null && !commentable(attribute.description())) {
                    directive("description", name + "." + group + "." + attribute.name().value(),
                            quote(attribute.description()));
                }
            }
            for (Ident source : satellite.sources()) {
                String table = naming.satelliteModelName(name, group, source.value());
                line(1, table + " {");
                line(2, "binary " + naming.hubHashKeyName(name) + " FK");
                line(2, "binary " + naming.hashdiffName(name, group));
                for (AttributeSpec attribute : satellite.attributes()) {
                    String comment = attribute.description() != null && commentable(attribute.description())
                            ? " \"" + attribute.description() + "\"" : "";
                    line(2, "varchar " + attribute.name().value() + comment);
                }
                metadataColumns();
                line(1, "}");
                relationships.add(hub + " ||--o{ " + table + " : \"has\"");
            }
        }

        for (LinkSpec link : entity.links()) {
            String linkName = link.name().value();
            String table = naming.linkModelName(linkName);
            StringBuilder options = new StringBuilder();
            if (link.relationshipType() != null) {
                options.append(" relationship_type=").append(quote(link.relationshipType()));
            }
            if (link.description() != null) {
                options.append(" description=").append(quote(link.description()));
            }
            if (!options.isEmpty()) {
                directive("link", linkName, options.substring(1));
            }
            for (Ident source : link.sources()) {
                Map<String, List<Ident>> byHub = link.relatedKeys().getOrDefault(source.value(), Map.of());
                String keys = link.relatedHubs().stream()
                        .map(h -> h.value() + "=" + joined(byHub.getOrDefault(h.value(), List.of())))
                        .collect(Collectors.joining(" "));
                directive("related_key", linkName, source.value() + " " + keys);
            }
            line(1, table + " {");
            line(2, "binary " + naming.linkHashKeyName(linkName) + " PK");
            line(2, "binary " + naming.hubHashKeyName(name) + " FK");
            for (Ident related : link.relatedHubs()) {
                line(2, "binary " + naming.hubHashKeyName(related.value()) + " FK");
            }
            metadataColumns();
            line(1, "}");
            relationships.add(hub + " ||--o{ " + table + " : \"links\"");
            for (Ident related : link.relatedHubs()) {
                relationships.add(naming.hubModelName(related.value()) + " ||--o{ " + table + " : \"links\"");
            }
        }

        for (BusinessRuleSpec rule : entity.businessRules()) {
            StringBuilder options = new StringBuilder(rule.name().value());
            if (rule.satellite() != null) {
                options.append(" satellite=").append(rule.satellite().value());
            }
            if (rule.condition() != null) {
                options.append(" condition=").append(quote(rule.condition()));
            }
            if (!"error".equals(rule.severity())) {
                options.append(" severity=").append(rule.severity());
            }
            if (rule.description() != null) {
                options.append(" description=").append(quote(rule.description()));
            }
            directive("rule", name, options.toString());
        }
        DiagramCanvas canvas = canvas(relationships);
        for (Kind kind : KindRegistry.all()) {
            kind.diagram().ifPresent(diagram -> diagram.write(entity).forEach(d -> line(1, d.text())));
            kind.draw(entity, naming, canvas);
        }
    }

    private void source(String entity, SourceMappingSpec mapping, boolean feedsHub) {
        StringBuilder text = new StringBuilder(mapping.name().value());
        if (mapping.schema() != null) { // a source that is a dbt model has no raw location to write
            text.append(" schema=").append(quote(mapping.schema().value()))
                    .append(" table=").append(quote(mapping.table().value()));
        }
        text.append(" key_field=").append(joined(mapping.keyFields()));
        if (mapping.loadTimestamp() != null) {
            text.append(" load_timestamp=").append(quote(mapping.loadTimestamp().value()));
        }
        if (mapping.recordSource() != null) {
            text.append(" record_source=").append(quote(mapping.recordSource()));
        }
        if (!mapping.columns().isEmpty()) {
            text.append(" columns=").append(mapping.columns().entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue().value()).collect(Collectors.joining(",")));
        }
        if (mapping.description() != null) {
            text.append(" description=").append(quote(mapping.description()));
        }
        DirectiveLine staging = new DirectiveLine("source", entity);
        DiagramStaging.write(mapping.staging(), staging);
        text.append(staging.rest());
        if (!feedsHub) {
            text.append(" feeds_hub=false");
        }
        directive("source", entity, text.toString());
    }

    private static String joined(List<Ident> idents) {
        return idents.stream().map(Ident::value).collect(Collectors.joining(","));
    }

    private void metadataColumns() {
        line(2, "varchar " + naming.recordSourceColumn());
        line(2, "timestamp " + naming.loadTimestampColumn());
    }

    private void directive(String keyword, String target, String rest) {
        line(1, "%% dv:" + keyword + " " + target + (rest.isEmpty() ? "" : " " + rest));
    }

    /** Mermaid attribute comments cannot contain a double quote or a line break. */
    private static boolean commentable(String text) {
        return !text.contains("\"") && !text.contains("\n") && !text.contains("\r");
    }

    static String quote(String value) {
        if (BARE.matcher(value).matches()) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n")
                + "\"";
    }

    private void line(int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }
}
