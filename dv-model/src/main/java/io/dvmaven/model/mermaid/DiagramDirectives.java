package io.dvmaven.model.mermaid;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.mermaid.DiagramSpecs.Placed;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Applies the {@code %% dv:} directives of the diagrams to the entities and links drawn in them. */
final class DiagramDirectives {

    private final DiagramSpecs d;

    DiagramDirectives(DiagramSpecs d) {
        this.d = d;
    }

    // ---------------------------------------------------------------- directives

    static List<Arg> positional(Directive directive) {
        return directive.args().stream().filter(Arg::positional).toList();
    }

    static Arg option(Directive directive, String key) {
        return directive.args().stream().filter(a -> key.equals(a.key())).findFirst().orElse(null);
    }

    static String optionValue(Directive directive, String key) {
        Arg arg = option(directive, key);
        return arg == null ? null : arg.value();
    }

    Ident ident(Arg arg, String label) {
        Ident ident = new Ident(arg.value(), arg.valueLocation());
        if (label != null) {
            d.checkName(ident, label);
        }
        return ident;
    }

    /** Comma-separated names; each gets its own column. */
    List<Ident> identList(Arg arg, String label) {
        List<Ident> idents = new ArrayList<>();
        int offset = 0;
        for (String part : arg.value().split(",", -1)) {
            SourceLocation at = new SourceLocation(arg.valueLocation().file(), arg.valueLocation().line(),
                    arg.valueLocation().column() + offset);
            Ident ident = new Ident(part, at);
            if (part.isEmpty()) {
                d.diagnostics.error(at, "mermaid.directive", "empty name in '" + arg.value() + "'",
                        "separate names with single commas");
            } else {
                d.checkName(ident, label);
                idents.add(ident);
            }
            offset += part.length() + 1;
        }
        return idents;
    }

    void source(Placed<Directive> placed, boolean singleHub) {
        Directive directive = placed.item();
        List<Arg> names = positional(directive);
        String entity;
        Arg sourceArg;
        if (names.size() == 2) {
            entity = names.get(0).value();
            sourceArg = names.get(1);
            if (!d.knownEntity(entity)) {
                unknownEntity(names.get(0), "dv:source");
                return;
            }
        } else if (singleHub) {
            entity = d.drafts.values().stream().filter(d -> d.hubTable != null).findFirst().orElseThrow().name;
            sourceArg = names.get(0);
        } else {
            d.diagnostics.error(directive.location(), "mermaid.directive", "dv:source must name its entity when "
                    + "the diagrams have " + (d.drafts.isEmpty() ? "no hub" : "several hubs"),
                    "write %% dv:source <entity> " + names.get(0).value() + " schema=... table=... key_field=...");
            return;
        }
        EntityDraft draft = d.draft(entity, placed.diagram(), directive.location());
        Ident source = ident(sourceArg, "source system");
        if (draft.mappings.containsKey(source.value())) {
            d.diagnostics.error(sourceArg.valueLocation(), "mermaid.directive", "source '" + source.value()
                    + "' of entity '" + entity + "' is declared twice (first at "
                    + draft.mappings.get(source.value()).location() + ")", "remove one of the two dv:source lines");
            return;
        }
        List<Ident> keyFields = new ArrayList<>();
        Arg keyArg = option(directive, "key_field");
        if (keyArg.value().contains(":")) {
            Map<String, Ident> byPart = new LinkedHashMap<>();
            int offset = 0;
            for (String pair : keyArg.value().split(",")) {
                int colon = pair.indexOf(':');
                SourceLocation at = shifted(keyArg.valueLocation(), offset);
                if (colon <= 0) {
                    d.diagnostics.error(at, "mermaid.directive", "key_field entry '" + pair + "' is not part:column",
                            "write key_field=<part>:<column>,<part>:<column>");
                } else {
                    Ident column = new Ident(pair.substring(colon + 1), shifted(at, colon + 1));
                    d.checkName(column, "key field");
                    byPart.put(pair.substring(0, colon), column);
                }
                offset += pair.length() + 1;
            }
            draft.keyFieldsByPart.put(source.value(), byPart);
            draft.keyFieldsAt.put(source.value(), keyArg.valueLocation());
        } else {
            keyFields = identList(keyArg, "key field");
        }
        Map<String, Ident> columns = new LinkedHashMap<>();
        Arg columnsArg = option(directive, "columns");
        if (columnsArg != null) {
            int offset = 0;
            for (String pair : columnsArg.value().split(",")) {
                int colon = pair.indexOf(':');
                SourceLocation at = shifted(columnsArg.valueLocation(), offset);
                if (colon <= 0 || colon == pair.length() - 1) {
                    d.diagnostics.error(at, "mermaid.directive", "columns entry '" + pair + "' is not "
                            + "attribute:column", "write columns=<attribute>:<source column>,...");
                } else {
                    d.checkName(new Ident(pair.substring(0, colon), at), "attribute");
                    Ident column = new Ident(pair.substring(colon + 1), shifted(at, colon + 1));
                    d.checkName(column, "source column");
                    columns.put(pair.substring(0, colon), column);
                }
                offset += pair.length() + 1;
            }
        }
        Arg loadTimestamp = option(directive, "load_timestamp");
        if (!rawLocation(directive)) {
            return;
        }
        String feedsHub = optionValue(directive, "feeds_hub");
        if ("false".equals(feedsHub)) {
            draft.notFeedingHub.add(source.value());
        } else if (feedsHub != null && !feedsHub.equals("true")) {
            d.diagnostics.error(option(directive, "feeds_hub").valueLocation(), "mermaid.directive", "feeds_hub of "
                    + "dv:source is '" + feedsHub + "', not true or false", "write feeds_hub=false for a source that "
                    + "only feeds other structures than the hub, or leave it out");
        }
        Arg schema = option(directive, "schema");
        Arg table = option(directive, "table");
        draft.mappings.put(source.value(), new SourceMappingSpec(directive.location(), source,
                schema == null ? null : ident(schema, "raw schema"), table == null ? null : ident(table, "raw table"),
                keyFields, loadTimestamp == null ? null : ident(loadTimestamp, "load timestamp column"),
                Collections.unmodifiableMap(columns), optionValue(directive, "record_source"),
                optionValue(directive, "description"), DiagramStaging.read(directive, d.diagnostics)));
    }

    /** A source reads a raw table (schema= and table=, required by its shape) or a dbt model (model=), not both. */
    private boolean rawLocation(Directive directive) {
        boolean ok = true;
        for (String key : List.of("schema", "table")) {
            Arg arg = option(directive, key);
            if (option(directive, "model") != null && arg != null) {
                d.diagnostics.error(arg.location(), "mermaid.directive", "dv:source names both a dbt model (model=) "
                        + "and a raw " + key + " (" + key + "=)", "keep model= to read the dbt model with ref(), or "
                        + "remove it and give schema= and table= of the raw table");
                ok = false;
            }
        }
        return ok;
    }

    static SourceLocation shifted(SourceLocation at, int columns) {
        return new SourceLocation(at.file(), at.line(), at.column() + columns);
    }

    void unknownEntity(Arg arg, String where) {
        d.diagnostics.error(arg.valueLocation(), "mermaid.unknown-entity", where + " names entity '" + arg.value()
                + "', which has no hub", Names.closest(arg.value(), d.knownEntities())
                .map(s -> "did you mean '" + s + "'?")
                .orElse("add a table " + d.naming.hubModelName(arg.value()) + " to the diagram"));
    }

    void relatedKey(Directive directive) {
        List<Arg> names = positional(directive);
        LinkDraft link = d.links.get(names.get(0).value());
        if (link == null) {
            d.diagnostics.error(names.get(0).valueLocation(), "mermaid.unknown-link", "dv:related_key names link '"
                    + names.get(0).value() + "', which no table " + d.naming.linkModelName(names.get(0).value())
                    + " defines", Names.closest(names.get(0).value(), d.links.keySet())
                    .map(s -> "did you mean '" + s + "'?").orElse("add the link table to the diagram"));
            return;
        }
        Ident source = ident(names.get(1), "source system");
        if (link.relatedKeys.containsKey(source.value())) {
            d.diagnostics.error(names.get(1).valueLocation(), "mermaid.directive", "dv:related_key for link '"
                    + link.name.value() + "' and source '" + source.value() + "' is given twice",
                    "put every related hub of the source on one line");
            return;
        }
        List<String> related = link.related();
        Map<String, List<Ident>> byHub = new LinkedHashMap<>();
        for (Arg arg : directive.args()) {
            if (arg.positional()) {
                continue;
            }
            if (!related.contains(arg.key())) {
                d.diagnostics.error(arg.location(), "mermaid.directive", "dv:related_key " + link.name.value() + " "
                        + source.value() + " names '" + arg.key() + "', which is not a related hub of the link",
                        related.isEmpty() ? "add FK columns to the link table" : Names.closest(arg.key(), related)
                                .map(s -> "did you mean '" + s + "'?")
                                .orElse("use " + String.join(", ", related) + " (the first hub, "
                                        + (link.hubs.isEmpty() ? "?" : link.hubs.get(0).value())
                                        + ", reads its key from key_field of dv:source)"));
                continue;
            }
            byHub.put(arg.key(), identList(arg, "key field"));
        }
        for (String hub : related) {
            if (!byHub.containsKey(hub) && option(directive, hub) == null) {
                d.diagnostics.error(directive.location(), "mermaid.directive", "dv:related_key " + link.name.value()
                        + " " + source.value() + " has no column for related hub '" + hub + "'",
                        "add " + hub + "=<column carrying the " + hub + " business key>");
            }
        }
        link.sources.add(source);
        link.relatedKeys.put(source.value(), Collections.unmodifiableMap(byHub));
    }

    void businessKey(Directive directive) {
        List<Arg> names = positional(directive);
        EntityDraft draft = d.drafts.get(names.get(0).value());
        if (draft == null || draft.hubTable == null) {
            unknownEntity(names.get(0), "dv:business_key");
            return;
        }
        List<Ident> parts = names.subList(1, names.size()).stream().map(a -> ident(a, "business key part"))
                .toList();
        if (draft.keyless) {
            return;
        }
        if (draft.singleKey != null) {
            if (parts.size() != 1) {
                d.diagnostics.error(names.get(2).valueLocation(), "mermaid.business-key", "dv:business_key lists "
                        + parts.size() + " parts but hub " + draft.hubTable.name() + " has one business key column "
                        + draft.singleKey.name(), "list one part, or draw one "
                        + d.naming.businessKeyColumns(draft.name, List.of("<part>", "<part2>")).get(0)
                        + " column per part");
                return;
            }
            draft.keyParts.clear();
            draft.keyParts.addAll(parts);
            draft.nullKeys = DiagramNullKeys.read(directive, parts, this, d.diagnostics);
            return;
        }
        List<String> drawn = draft.keyParts.stream().map(Ident::value).toList();
        List<String> listed = parts.stream().map(Ident::value).toList();
        if (!drawn.isEmpty() && !drawn.equals(listed)) {
            d.diagnostics.error(names.get(1).valueLocation(), "mermaid.business-key", "dv:business_key lists "
                    + listed + " but hub " + draft.hubTable.name() + " has key columns for " + drawn,
                    "list the parts in column order: " + String.join(" ", drawn) + ", or remove the directive");
            return;
        }
        draft.nullKeys = DiagramNullKeys.read(directive, parts, this, d.diagnostics);
    }

    void linkOptions(Directive directive) {
        Arg name = positional(directive).get(0);
        LinkDraft link = d.links.get(name.value());
        if (link == null) {
            d.diagnostics.error(name.valueLocation(), "mermaid.unknown-link", "dv:link names link '" + name.value()
                    + "', which no table " + d.naming.linkModelName(name.value()) + " defines",
                    Names.closest(name.value(), d.links.keySet()).map(s -> "did you mean '" + s + "'?")
                            .orElse("add the link table to the diagram"));
            return;
        }
        Arg type = option(directive, "relationship_type");
        if (type != null) {
            List<String> types = List.of("one_to_one", "one_to_many", "many_to_one", "many_to_many");
            if (!types.contains(type.value())) {
                d.diagnostics.error(type.valueLocation(), "mermaid.directive", "relationship_type '" + type.value()
                        + "' is not one of " + String.join(", ", types), Names.closest(type.value(), types)
                        .map(s -> "did you mean '" + s + "'?").orElse("use one of them"));
            } else {
                link.type = type.value();
            }
        }
        String description = optionalValue(directive, "description");
        if (description != null) {
            link.description = description;
        }
    }

    static String optionalValue(Directive directive, String key) {
        return optionValue(directive, key);
    }

    void description(Directive directive) {
        Arg target = positional(directive).get(0);
        String text = positional(directive).get(1).value();
        String[] parts = target.value().split("\\.", -1);
        if (parts.length == 1) {
            boolean isEntity = d.knownEntity(parts[0]) || d.drafts.containsKey(parts[0]);
            boolean isLink = d.links.containsKey(parts[0]);
            if (isEntity && isLink) {
                d.diagnostics.error(target.valueLocation(), "mermaid.directive", "'" + parts[0] + "' is both an "
                        + "entity and a link", "rename the link");
            } else if (isEntity) {
                d.draft(parts[0], null, directive.location()).description = text;
            } else if (isLink) {
                d.links.get(parts[0]).description = text;
            } else {
                d.diagnostics.error(target.valueLocation(), "mermaid.directive", "dv:description names '"
                        + parts[0] + "', which is neither an entity nor a link", closest(parts[0],
                        union(d.knownEntities(), d.links.keySet())));
            }
            return;
        }
        EntityDraft draft = d.drafts.get(parts[0]);
        GroupDraft group = draft == null ? null : draft.groups.get(parts[1]);
        if (group == null || parts.length > 3) {
            d.diagnostics.error(target.valueLocation(), "mermaid.directive", "dv:description names '"
                    + target.value() + "', which is not a satellite group (entity.group) or attribute "
                    + "(entity.group.attribute) of the diagrams", draft == null
                    ? closest(parts[0], d.knownEntities()) : closest(parts[1], draft.groups.keySet()));
            return;
        }
        if (parts.length == 2) {
            group.description = text;
            return;
        }
        if (group.attributes.stream().noneMatch(a -> a.name().value().equals(parts[2]))) {
            d.diagnostics.error(target.valueLocation(), "mermaid.directive", "satellite group '" + parts[1]
                    + "' of entity '" + parts[0] + "' has no attribute '" + parts[2] + "'",
                    closest(parts[2], group.attributes.stream().map(a -> a.name().value()).toList()));
            return;
        }
        group.describe(parts[2], text, target.valueLocation());
    }

    static Set<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** "did you mean" the closest candidate, else the candidates to choose from. */
    static String closest(String name, Collection<String> candidates) {
        return Names.closest(name, candidates).map(s -> "did you mean '" + s + "'?")
                .orElse(candidates.isEmpty() ? "fix the name" : "use one of: " + candidates.stream().sorted()
                        .collect(Collectors.joining(", ")));
    }

    void rule(Directive directive) {
        List<Arg> names = positional(directive);
        if (!d.knownEntity(names.get(0).value())) {
            unknownEntity(names.get(0), "dv:rule");
            return;
        }
        EntityDraft draft = d.draft(names.get(0).value(), null, directive.location());
        Ident name = ident(names.get(1), "business rule name");
        if (draft.rules.stream().anyMatch(r -> r.name().value().equals(name.value()))) {
            d.diagnostics.error(name.location(), "mermaid.directive", "business rule '" + name.value()
                    + "' is defined twice for entity '" + draft.name + "'", "rename one of the two rules");
            return;
        }
        Arg satellite = option(directive, "satellite");
        String severity = optionValue(directive, "severity");
        if (severity != null && !severity.equals("error") && !severity.equals("warn")) {
            d.diagnostics.error(option(directive, "severity").valueLocation(), "mermaid.directive", "severity '"
                    + severity + "' of business rule '" + name.value() + "' is not error or warn",
                    "write severity=error or severity=warn");
            return;
        }
        draft.rules.add(new BusinessRuleSpec(directive.location(), name, optionValue(directive, "description"),
                satellite == null ? null : ident(satellite, null), optionValue(directive, "condition"),
                severity == null ? "error" : severity));
    }
}
