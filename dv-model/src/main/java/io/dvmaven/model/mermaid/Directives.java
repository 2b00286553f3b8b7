package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.parse.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code %% dv:} directive vocabulary: facts an erDiagram cannot hold. Documented in the README
 * ("Mermaid specs"); {@link MermaidWriter} writes exactly this syntax.
 *
 * <pre>
 * %% dv:source [entity] source schema=S table=T key_field=C[,C2|part:C,...] [load_timestamp=C]
 *              [record_source="X"] [columns=attribute:column,...] [description="..."] [database=D]
 *              [model=M instead of schema and table] [effective_from=C] [extra_columns=C,...]
 *              [derived.C.column|constant|sql|var=V] [derived.C.type=T] [type.C=T]
 *              [feeds_hub=false]
 * %% dv:related_key link source hub=column[,column...] [hub2=...]
 * %% dv:business_key entity part [part...] [null_required=part,...] [null_optional=part,...]
 * %% dv:link link [relationship_type=many_to_many] [description="..."]
 * %% dv:description entity|link|entity.group|entity.group.attribute "text"
 * %% dv:satellite entity group [change_tracking=false] [hashdiff_include_key=true] [exclude_columns=C,...]
 *              [source_attributes.<source>=A,...]
 * %% dv:rule entity rule [satellite=group] [condition="SQL"] [severity=error|warn] [description="..."]
 * </pre>
 *
 * Structure kinds add their own directives ({@link KindDiagram}).
 */
final class Directives {

    /** What a keyword accepts. {@code options == null} means any option name (related hub names). */
    record Shape(int minPositional, int maxPositional, Set<String> options, Set<String> prefixes,
                 Set<String> required, String usage) {

        Shape(int minPositional, int maxPositional, Set<String> options, Set<String> required, String usage) {
            this(minPositional, maxPositional, options, Set.of(), required, usage);
        }

        /** A structure kind's directive: the entity, its name when it has one, then options. */
        static Shape of(DirectiveShape kind) {
            int names = kind.named() ? 2 : 1;
            return new Shape(names, names, kind.options(), kind.prefixes(), kind.required(), kind.usage());
        }

        boolean accepts(String option) {
            return options == null || options.contains(option) || prefixes.stream().anyMatch(p ->
                    option.startsWith(p) && option.length() > p.length());
        }
    }

    /** {@code dv:source}, for messages about its staging options. */
    static final DirectiveShape SOURCE = new DirectiveShape("source", false, Set.of(), Set.of(), Set.of(),
            "%% dv:source <entity> <source> schema=<schema> table=<table> key_field=<column>");
    static final Map<String, Shape> SHAPES = shapes();

    private Directives() {
    }

    private static Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Set<String> sourceOptions = new HashSet<>(Set.of("schema", "table", "key_field", "load_timestamp",
                "record_source", "columns", "description"));
        sourceOptions.addAll(DiagramStaging.OPTIONS);
        sourceOptions.add("feeds_hub");
        shapes.put("source", new Shape(1, 2, Set.copyOf(sourceOptions), DiagramStaging.PREFIXES,
                Set.of("key_field"), SOURCE.usage()));
        shapes.put("related_key", new Shape(2, 2, null, Set.of(),
                "%% dv:related_key <link> <source> <related entity>=<column>"));
        shapes.put("business_key", new Shape(2, Integer.MAX_VALUE, Set.of(DiagramNullKeys.REQUIRED,
                DiagramNullKeys.OPTIONAL), Set.of(), "%% dv:business_key <entity> <key part> [<key part>...] "
                + "[null_required=<key part>,...] [null_optional=<key part>,...]"));
        shapes.put("link", new Shape(1, 1, Set.of("relationship_type", "description"), Set.of(),
                "%% dv:link <link> relationship_type=many_to_many"));
        shapes.put("description", new Shape(2, 2, Set.of(), Set.of(),
                "%% dv:description <entity|link|entity.group|entity.group.attribute> \"text\""));
        shapes.put("satellite", new Shape(2, 2, DiagramSatellites.OPTIONS, Set.of(DiagramSatellites.SUBSET),
                Set.of(), "%% dv:satellite <entity> <group> change_tracking=false"));
        shapes.put("rule", new Shape(2, 2, Set.of("satellite", "condition", "severity", "description"), Set.of(),
                "%% dv:rule <entity> <rule name> condition=\"<SQL>\""));
        return shapes;
    }

    static List<String> keywords() {
        List<String> keywords = new ArrayList<>(SHAPES.keySet());
        keywords.addAll(KindDirectives.SHAPES.keySet());
        return keywords;
    }

    private static Shape shape(String keyword) {
        Shape shape = SHAPES.get(keyword);
        DirectiveShape kind = KindDirectives.SHAPES.get(keyword);
        return shape != null || kind == null ? shape : Shape.of(kind);
    }

    /** Whether the directive is known and has the names and options its shape asks for; reports what is not. */
    static boolean checkShape(Directive directive, Diagnostics diagnostics) {
        Shape shape = shape(directive.keyword());
        if (shape == null) {
            diagnostics.error(directive.location(), "mermaid.directive", "unknown directive 'dv:"
                    + directive.keyword() + "'", Names.closest(directive.keyword(), keywords())
                    .map(s -> "did you mean 'dv:" + s + "'?")
                    .orElse("use one of: " + keywords().stream().map(k -> "dv:" + k)
                            .collect(Collectors.joining(", "))));
            return false;
        }
        boolean ok = true;
        long positional = directive.args().stream().filter(Arg::positional).count();
        if (positional < shape.minPositional() || positional > shape.maxPositional()) {
            diagnostics.error(directive.location(), "mermaid.directive", "dv:" + directive.keyword() + " takes "
                    + (shape.minPositional() == shape.maxPositional() ? String.valueOf(shape.minPositional())
                    : shape.maxPositional() == Integer.MAX_VALUE ? "at least " + shape.minPositional()
                    : shape.minPositional() + " or " + shape.maxPositional()) + " name"
                    + (shape.maxPositional() == 1 ? "" : "s") + " before its options, found " + positional,
                    "write " + shape.usage());
            ok = false;
        }
        Set<String> seen = new HashSet<>();
        for (Arg arg : directive.args()) {
            if (arg.positional()) {
                continue;
            }
            if (!seen.add(arg.key())) {
                diagnostics.error(arg.location(), "mermaid.directive", "option '" + arg.key() + "' is given twice "
                        + "in dv:" + directive.keyword(), "remove one of the two");
                ok = false;
            } else if (!shape.accepts(arg.key())) {
                diagnostics.error(arg.location(), "mermaid.directive", "unknown option '" + arg.key() + "' in dv:"
                        + directive.keyword(), Names.closest(arg.key(), shape.options())
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse(shape.options().isEmpty() && shape.prefixes().isEmpty() ? "write " + shape.usage()
                                : "use " + Stream.concat(shape.options().stream(), shape.prefixes().stream()
                                .map(p -> p + "<name>")).sorted().collect(Collectors.joining(", "))));
                ok = false;
            } else if (arg.value().isEmpty()) {
                diagnostics.error(arg.valueLocation(), "mermaid.directive", "option '" + arg.key() + "' of dv:"
                        + directive.keyword() + " has no value", "write " + arg.key() + "=<value>");
                ok = false;
            }
        }
        Set<String> required = new HashSet<>(shape.required());
        if (directive.keyword().equals("source") && !seen.contains("model")) {
            required.addAll(Set.of("schema", "table")); // a source reads a raw table unless it reads a dbt model
        }
        for (String key : required.stream().sorted().toList()) {
            if (!seen.contains(key)) {
                diagnostics.error(directive.location(), "mermaid.directive", "dv:" + directive.keyword()
                        + " needs option " + key, "write " + shape.usage());
                ok = false;
            }
        }
        return ok;
    }
}
