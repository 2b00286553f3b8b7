package io.dvmaven.model.mermaid;

import io.dvmaven.model.kinds.sat.PayloadOptions;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.mermaid.DiagramSpecs.Draft;
import io.dvmaven.model.mermaid.DiagramSpecs.GroupDraft;
import io.dvmaven.model.mermaid.DiagramSpecs.Placed;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.Ident;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code %% dv:satellite <entity> <group> [change_tracking=false] [hashdiff_include_key=true]
 * [exclude_columns=C,...] [source_attributes.<source>=A,...]}: what a satellite group's tables cannot show.
 */
final class DiagramSatellites {

    static final String SUBSET = "source_attributes.";
    static final Set<String> OPTIONS = Set.of("change_tracking", "hashdiff_include_key", "exclude_columns");
    private static final DirectiveShape SHAPE = new DirectiveShape("satellite", true, OPTIONS, Set.of(SUBSET),
            Set.of(), "%% dv:satellite <entity> <group> change_tracking=false");

    /** A satellite group's options as the diagram gives them. */
    record Options(boolean changeTracking, PayloadOptions payload) {
        static final Options DEFAULT = new Options(true, PayloadOptions.NONE);
    }

    private final DiagramSpecs d;

    DiagramSatellites(DiagramSpecs d) {
        this.d = d;
    }

    /** {@code entity.group} of every satellite whose payload is all columns but the excluded ones. */
    static Set<String> excluding(List<Placed<Directive>> valid) {
        Set<String> groups = new HashSet<>();
        for (Placed<Directive> placed : valid) {
            Directive directive = placed.item();
            if (directive.keyword().equals("satellite") && DiagramDirectives.option(directive, "exclude_columns")
                    != null) {
                List<Arg> names = DiagramDirectives.positional(directive);
                groups.add(names.get(0).value() + "." + names.get(1).value());
            }
        }
        return groups;
    }

    void apply(Directive directive) {
        KindDirective options = new KindDirective(directive, SHAPE, d.diagnostics);
        List<Arg> names = DiagramDirectives.positional(directive);
        Draft draft = d.drafts.get(names.get(0).value());
        GroupDraft group = draft == null ? null : draft.groups.get(names.get(1).value());
        if (group == null) {
            Arg wrong = draft == null ? names.get(0) : names.get(1);
            d.diagnostics.error(wrong.valueLocation(), "mermaid.directive", "dv:satellite names " + (draft == null
                    ? "entity '" + wrong.value() + "', which the diagram does not draw" : "satellite group '"
                    + wrong.value() + "' of entity '" + draft.name + "', which no satellite table holds"),
                    Names.closest(wrong.value(), draft == null ? d.drafts.keySet() : draft.groups.keySet())
                            .map(s -> "did you mean '" + s + "'?").orElse("draw the satellite's table first"));
            return;
        }
        boolean changeTracking = !"false".equals(options.oneOf("change_tracking", List.of("true", "false")));
        Map<String, List<Ident>> subsets = new LinkedHashMap<>();
        options.prefixed(SUBSET).forEach(e -> {
            if (options.isName(e.getKey(), "source system")) {
                subsets.put(e.getKey().value(), options.names(SUBSET + e.getKey().value(), "attribute"));
            }
        });
        List<Ident> excluded = options.names("exclude_columns", "column");
        if (!excluded.isEmpty() && !group.attributes.isEmpty()) {
            options.error("exclude_columns", "satellite group '" + group.name.value() + "' lists its attributes "
                    + "as columns and exclude_columns too", "keep either the payload columns or exclude_columns");
        }
        PayloadOptions payload = new PayloadOptions(Collections.unmodifiableMap(subsets),
                options.flag("hashdiff_include_key"), excluded);
        if (!options.failed()) {
            group.options = new Options(changeTracking, payload.equals(PayloadOptions.NONE) ? PayloadOptions.NONE
                    : payload);
        }
    }

    /** The {@code dv:satellite} line of a group whose options are not the defaults, else {@code null}. */
    static DirectiveLine write(String entity, SatelliteSpec satellite) {
        PayloadOptions payload = satellite.payload();
        if (satellite.changeTracking() && payload.equals(PayloadOptions.NONE)) {
            return null;
        }
        DirectiveLine line = new DirectiveLine("satellite", entity).name(satellite.name().value())
                .option("change_tracking", satellite.changeTracking() ? null : "false")
                .flag("hashdiff_include_key", payload.hashdiffIncludeKey())
                .names("exclude_columns", payload.excludeColumns());
        payload.sourceAttributes().forEach((source, attributes) -> line.names(SUBSET + source, attributes));
        return line;
    }
}
