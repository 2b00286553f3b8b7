package io.dvmaven.draft;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds a draft to the tables and columns that exist ({@link SourceCatalog}): a source mapping to an unknown
 * table, or a key column or attribute column its table does not have, is an error sent back in a repair round.
 * Locations point at the line of the draft that names the table or column.
 */
final class GroundingCheck {

    private GroundingCheck() {
    }

    static List<Diagnostic> check(DraftedSpec draft, String fileText, SourceCatalog catalog) {
        List<Diagnostic> problems = new ArrayList<>();
        if (catalog.isEmpty()) {
            return problems;
        }
        Map<String, Object> spec = draft.spec();
        if (!(spec.get("source_mappings") instanceof Map<?, ?> mappings)) {
            return problems;
        }
        for (Map.Entry<?, ?> entry : mappings.entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> mapping) || !(mapping.get("schema") instanceof String schema)
                    || !(mapping.get("table") instanceof String table)) {
                continue;
            }
            String source = String.valueOf(entry.getKey());
            if (!catalog.hasTable(schema, table)) {
                problems.add(Diagnostic.error(at(draft, fileText, "table: " + table), "draft.unknown-table",
                        "source '" + source + "' uses table " + schema + "." + table + ", which is not a declared "
                                + "source table", "use one of the listed source tables: "
                                + String.join(", ", tableNames(catalog))));
                continue;
            }
            Set<String> columns = catalog.columns(schema, table);
            if (columns.isEmpty()) {
                continue;
            }
            for (String column : used(spec, source, mapping)) {
                if (!columns.contains(column)) {
                    problems.add(Diagnostic.error(at(draft, fileText, column), "draft.unknown-column", "column '"
                            + column + "' does not exist in " + schema + "." + table + " (source '" + source + "')",
                            "use a column of " + schema + "." + table + ": " + String.join(", ", columns)
                                    + ", or map the attribute to one under columns:"));
                }
            }
        }
        return problems;
    }

    /** Key columns, and the raw column of every attribute of a satellite fed by this source. */
    private static Set<String> used(Map<String, Object> spec, String source, Map<?, ?> mapping) {
        Set<String> used = new LinkedHashSet<>();
        Object key = mapping.get("key_field");
        if (key instanceof String single) {
            used.add(single);
        } else if (key instanceof List<?> list) {
            list.forEach(item -> used.add(String.valueOf(item)));
        } else if (key instanceof Map<?, ?> byPart) {
            byPart.values().forEach(item -> used.add(String.valueOf(item)));
        }
        Map<?, ?> renames = mapping.get("columns") instanceof Map<?, ?> m ? m : Map.of();
        if (spec.get("satellites") instanceof List<?> satellites) {
            for (Object item : satellites) {
                if (!(item instanceof Map<?, ?> satellite) || !(satellite.get("attributes") instanceof List<?> attrs)) {
                    continue;
                }
                if (satellite.get("sources") instanceof List<?> sources && !sources.contains(source)) {
                    continue;
                }
                for (Object attribute : attrs) {
                    Object name = attribute instanceof Map<?, ?> a ? a.get("name") : attribute;
                    if (name instanceof String attributeName) {
                        used.add(renames.get(attributeName) instanceof String raw ? raw : attributeName);
                    }
                }
            }
        }
        return used;
    }

    private static List<String> tableNames(SourceCatalog catalog) {
        List<String> names = new ArrayList<>();
        for (String schema : catalog.schemas()) {
            catalog.tables().stream().filter(t -> catalog.hasTable(schema, t)).forEach(t -> names.add(schema + "." + t));
        }
        return names;
    }

    /** The first line of the draft that contains {@code text} (as a whole word), else the file. */
    private static SourceLocation at(DraftedSpec draft, String fileText, String text) {
        String[] lines = fileText.split("\n", -1);
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![a-z0-9_])"
                + java.util.regex.Pattern.quote(text) + "(?![a-z0-9_])");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher matcher = word.matcher(lines[i]);
            if (matcher.find()) {
                return new SourceLocation(draft.draftFile(), i + 1, matcher.start() + 1);
            }
        }
        return SourceLocation.ofFile(draft.draftFile());
    }
}
