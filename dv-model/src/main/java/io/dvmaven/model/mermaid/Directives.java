package io.dvmaven.model.mermaid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code %% dv:} directive vocabulary: facts an erDiagram cannot hold. Documented in the README
 * ("Mermaid specs"); {@link MermaidWriter} writes exactly this syntax.
 *
 * <pre>
 * %% dv:source [entity] source schema=S table=T key_field=C[,C2|part:C,...] [load_timestamp=C]
 *              [record_source="X"] [columns=attribute:column,...] [description="..."]
 * %% dv:related_key link source hub=column[,column...] [hub2=...]
 * %% dv:business_key entity part [part...]
 * %% dv:link link [relationship_type=many_to_many] [description="..."]
 * %% dv:description entity|link|entity.group|entity.group.attribute "text"
 * %% dv:rule entity rule [satellite=group] [condition="SQL"] [severity=error|warn] [description="..."]
 * </pre>
 */
final class Directives {

    /** What a keyword accepts. {@code options == null} means any option name (related hub names). */
    record Shape(int minPositional, int maxPositional, Set<String> options, Set<String> required, String usage) {
    }

    static final Map<String, Shape> SHAPES = shapes();

    private Directives() {
    }

    private static Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        shapes.put("source", new Shape(1, 2, Set.of("schema", "table", "key_field", "load_timestamp",
                "record_source", "columns", "description"), Set.of("schema", "table", "key_field"),
                "%% dv:source <entity> <source> schema=<schema> table=<table> key_field=<column>"));
        shapes.put("related_key", new Shape(2, 2, null, Set.of(),
                "%% dv:related_key <link> <source> <related entity>=<column>"));
        shapes.put("business_key", new Shape(2, Integer.MAX_VALUE, Set.of(), Set.of(),
                "%% dv:business_key <entity> <key part> [<key part>...]"));
        shapes.put("link", new Shape(1, 1, Set.of("relationship_type", "description"), Set.of(),
                "%% dv:link <link> relationship_type=many_to_many"));
        shapes.put("description", new Shape(2, 2, Set.of(), Set.of(),
                "%% dv:description <entity|link|entity.group|entity.group.attribute> \"text\""));
        shapes.put("rule", new Shape(2, 2, Set.of("satellite", "condition", "severity", "description"), Set.of(),
                "%% dv:rule <entity> <rule name> condition=\"<SQL>\""));
        return shapes;
    }

    static List<String> keywords() {
        return List.copyOf(SHAPES.keySet());
    }
}
