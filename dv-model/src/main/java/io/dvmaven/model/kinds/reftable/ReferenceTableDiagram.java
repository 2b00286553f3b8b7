package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.reftable.ReferenceTableSpec.ReferenceSourceSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.mermaid.DirectiveLine;
import io.dvmaven.model.mermaid.DirectiveShape;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.mermaid.KindDirective;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code %% dv:ref_table <entity> <name> code=C [attributes=A,...] [history=true] [description="..."]
 * [description.<attribute>="..."]} and, per delivering table in priority order, {@code %% dv:ref_source <entity>
 * <name> source=S schema=R table=T [load_timestamp=C] [record_source="..."] [column.<name>=<raw column>]}: one entry
 * of {@code reference_tables}.
 */
final class ReferenceTableDiagram implements KindDiagram {

    private static final String COLUMN = "column.";
    private static final DirectiveShape TABLE = new DirectiveShape("ref_table", true, Set.of("code", "attributes",
            "history", "description"), Set.of("description."), Set.of("code"),
            "%% dv:ref_table <entity> <reference table> code=<code column> attributes=<attribute>,...");
    private static final DirectiveShape SOURCE = new DirectiveShape("ref_source", true, Set.of("source", "schema",
            "table", "load_timestamp", "record_source"), Set.of(COLUMN), Set.of("source", "schema", "table"),
            "%% dv:ref_source <entity> <reference table> source=<source system> schema=<raw schema> "
                    + "table=<raw table>");

    @Override
    public List<DirectiveShape> shapes() {
        return List.of(TABLE, SOURCE);
    }

    @Override
    public List<DirectiveLine> write(EntitySpec entity) {
        List<DirectiveLine> lines = new ArrayList<>();
        String owner = entity.name().value();
        for (ReferenceTableSpec table : entity.part(ReferenceTableSpec.class)) {
            String name = table.name().value();
            lines.add(new DirectiveLine(TABLE.keyword(), owner).name(name)
                    .option("code", table.code().name())
                    .attributes("attributes", table.attributes())
                    .flag("history", table.history())
                    .option("description", table.description()));
            for (ReferenceSourceSpec source : table.sources()) {
                DirectiveLine line = new DirectiveLine(SOURCE.keyword(), owner).name(name)
                        .option("source", source.source())
                        .option("schema", source.schema())
                        .option("table", source.table())
                        .option("load_timestamp", source.loadTimestamp())
                        .option("record_source", source.recordSource());
                source.columns().forEach((column, raw) -> line.option(COLUMN + column, raw));
                lines.add(line);
            }
        }
        return lines;
    }

    @Override
    public void read(List<KindDirective> directives, EntityParts entity) {
        Map<String, KindDirective> tables = new LinkedHashMap<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (KindDirective d : directives) {
            if (d.keyword().equals(TABLE.keyword())) {
                Ident name = d.name("reference table name");
                if (d.keep(seen, name, "reference table '" + name.value() + "'")) {
                    tables.put(name.value(), d);
                }
            }
        }
        Map<String, List<ReferenceSourceSpec>> sources = new HashMap<>();
        Map<String, SourceLocation> seenSources = new HashMap<>();
        for (KindDirective d : directives) {
            if (!d.keyword().equals(SOURCE.keyword())) {
                continue;
            }
            Ident table = d.name("reference table name");
            if (!tables.containsKey(table.value()) && !seen.containsKey(table.value())) {
                d.error(table, "dv:ref_source names reference table '" + table.value() + "', which no dv:ref_table "
                        + "of entity '" + entity.nameText() + "' declares", "add %% dv:ref_table "
                        + entity.nameText() + " " + table.value() + " code=<code column>, or correct the name");
                continue;
            }
            Ident source = d.name("source", "source system");
            ReferenceSourceSpec spec = new ReferenceSourceSpec(d.location(), source, d.name("schema", "raw schema"),
                    d.name("table", "raw table"), d.name("load_timestamp", "load timestamp column"),
                    d.text("record_source"), renames(d));
            Ident key = new Ident(table.value() + "/" + source.value(), source.location());
            if (d.keep(seenSources, key, "source '" + source.value() + "' of reference table '" + table.value()
                    + "'")) {
                sources.computeIfAbsent(table.value(), t -> new ArrayList<>()).add(spec);
            }
        }
        List<ReferenceTableSpec> result = new ArrayList<>();
        tables.forEach((name, d) -> {
            List<ReferenceSourceSpec> delivering = sources.getOrDefault(name, List.of());
            if (delivering.isEmpty()) {
                d.error("code", "reference table '" + name + "' has no dv:ref_source line", "add %% dv:ref_source "
                        + entity.nameText() + " " + name + " source=<source system> schema=<raw schema> "
                        + "table=<raw table> for each delivering table, in priority order");
            }
            List<AttributeSpec> attributes = d.attributes("attributes", "attribute");
            boolean history = d.flag("history");
            if (history && attributes.isEmpty()) {
                d.error("history", "reference table '" + name + "' keeps the history of its attributes, but it has "
                        + "none", "add attributes=<attribute>,... to the dv:ref_table line, or remove history=true");
            }
            ReferenceTableSpec spec = new ReferenceTableSpec(d.location(), d.name("reference table name"),
                    d.text("description"), new AttributeSpec(d.name("code", "code column"), null), attributes,
                    List.copyOf(delivering), history);
            if (!d.failed()) {
                result.add(spec);
            }
        });
        entity.part(ReferenceTableSpec.class, result);
    }

    private static Map<String, Ident> renames(KindDirective d) {
        Map<String, Ident> columns = new LinkedHashMap<>();
        for (Map.Entry<Ident, Ident> rename : d.prefixed(COLUMN)) {
            if (d.isName(rename.getKey(), "column") && d.isName(rename.getValue(), "raw column")) {
                columns.put(rename.getKey().value(), rename.getValue());
            }
        }
        return columns;
    }
}
