package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads a satellite's {@code source_attributes}, {@code hashdiff} and {@code exclude_columns}. */
final class PayloadSection {

    private final SpecDocument doc;

    PayloadSection(SpecDocument doc) {
        this.doc = doc;
    }

    /** {@code exclude_columns}: the payload written as the columns to leave out; reports it beside attributes. */
    List<Ident> excludeColumns(SpecDocument.Section section, String where) {
        Node node = section.value("exclude_columns");
        if (node == null || SpecDocument.isNull(node)) {
            return List.of();
        }
        if (section.value("attributes") != null) {
            doc.diagnostics().error(section.keyLocation("exclude_columns"), "spec.payload", where + " has both "
                    + "attributes and exclude_columns", "keep attributes: to list the payload, or exclude_columns: "
                    + "to load every other source column");
            return List.of();
        }
        List<Ident> columns = doc.nameList(node, "column", "'exclude_columns' of " + where,
                "exclude_columns: [<column>, ...]");
        doc.checkDuplicates(columns, "column", "exclude_columns of " + where);
        return columns;
    }

    PayloadOptions read(SpecDocument.Section section, String where, List<AttributeSpec> attributes,
                        List<Ident> sources, List<Ident> excluded) {
        Map<String, List<Ident>> subsets = sourceAttributes(section, where, attributes, sources, !excluded.isEmpty());
        boolean includeKey = includeKey(section, where);
        if (subsets.isEmpty() && !includeKey && excluded.isEmpty()) {
            return PayloadOptions.NONE;
        }
        return new PayloadOptions(subsets, includeKey, excluded);
    }

    private Map<String, List<Ident>> sourceAttributes(SpecDocument.Section section, String where,
                                                      List<AttributeSpec> attributes, List<Ident> sources,
                                                      boolean excludes) {
        Map<String, List<Ident>> subsets = new LinkedHashMap<>();
        Node node = section.value("source_attributes");
        if (node == null || SpecDocument.isNull(node)) {
            return subsets;
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'source_attributes' of " + where, "a mapping",
                    "source_attributes: {<source>: [<attribute>, ...]}");
            return subsets;
        }
        if (excludes) {
            doc.diagnostics().error(section.keyLocation("source_attributes"), "spec.payload", where + " has "
                    + "source_attributes and exclude_columns", "list the attributes to use source_attributes");
            return subsets;
        }
        String what = "source_attributes of " + where;
        List<String> sourceNames = sources.stream().map(Ident::value).toList();
        List<String> names = attributes.stream().map(a -> a.name().value()).toList();
        SpecDocument.Section bySource = doc.section(mapping, what, section.keyLocation("source_attributes"), null);
        bySource.entries().forEach((source, tuple) -> {
            if (!sourceNames.contains(source)) {
                doc.diagnostics().error(doc.at(tuple.getKeyNode()), "spec.unknown-source", what + " names source '"
                        + source + "', which is not in the satellite's sources", Names.closest(source, sourceNames)
                        .map(s -> "did you mean '" + s + "'?").orElse("add " + source + " to sources, or remove it"));
                return;
            }
            List<Ident> subset = doc.nameList(tuple.getValueNode(), null, "'" + source + "' in " + what,
                    source + ": [<attribute>, ...]");
            doc.checkDuplicates(subset, "attribute", source + " in " + what);
            boolean known = true;
            for (Ident attribute : subset) {
                if (!names.contains(attribute.value())) {
                    known = false;
                    doc.diagnostics().error(attribute.location(), "spec.unknown-attribute", "'" + attribute.value()
                            + "' in " + what + " is not an attribute of the satellite", Names.closest(
                            attribute.value(), names).map(s -> "did you mean '" + s + "'?")
                            .orElse("add it to attributes, or remove it here"));
                }
            }
            if (subset.isEmpty() && tuple.getValueNode() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode) {
                doc.diagnostics().error(doc.at(tuple.getValueNode()), "spec.empty-list", "'" + source + "' in "
                        + what + " is empty", "list the attributes " + source + " carries, or remove " + source
                        + " from the satellite's sources");
            } else if (known && !subset.isEmpty()) {
                subsets.put(source, subset);
            }
        });
        return Map.copyOf(subsets);
    }

    private boolean includeKey(SpecDocument.Section section, String where) {
        Node node = section.value("hashdiff");
        if (node == null || SpecDocument.isNull(node)) {
            return false;
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'hashdiff' of " + where, "a mapping", "hashdiff: {include_key: true}");
            return false;
        }
        SpecDocument.Section options = doc.section(mapping, "hashdiff of " + where, section.keyLocation("hashdiff"),
                List.of("include_key"));
        Node include = options.value("include_key");
        if (include == null) {
            return false;
        }
        if (include instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
            return "true".equals(scalar.getValue());
        }
        doc.wrongType(include, "'include_key' of hashdiff of " + where, "true or false", "include_key: true");
        return false;
    }
}
