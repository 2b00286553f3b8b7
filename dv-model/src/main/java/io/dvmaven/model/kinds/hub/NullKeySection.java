package io.dvmaven.model.kinds.hub;

import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads {@code hub.null_columns}: {@code {required: [<key part>], optional: [<key part>]}}. */
final class NullKeySection {

    private static final String EXAMPLE = "null_columns: {required: [<key part>], optional: [<key part>]}";

    private NullKeySection() {
    }

    static NullKeys read(SpecDocument doc, SpecDocument.Section hub, List<Ident> businessKey) {
        Node node = hub.value("null_columns");
        if (node == null || SpecDocument.isNull(node)) {
            return NullKeys.REJECT;
        }
        if (!(node instanceof MappingNode mapping)) {
            doc.wrongType(node, "'null_columns' of hub", "a mapping", EXAMPLE);
            return NullKeys.REJECT;
        }
        SpecDocument.Section section = doc.section(mapping, "hub null_columns", doc.at(node),
                List.of("required", "optional"));
        List<String> parts = businessKey.stream().map(Ident::value).toList();
        Map<String, String> placeholder = new LinkedHashMap<>();
        for (String kind : List.of("required", "optional")) {
            for (Ident part : parts(doc, section, kind)) {
                if (!parts.contains(part.value())) {
                    doc.diagnostics().error(part.location(), "spec.null-columns", "null_columns." + kind + " lists '"
                            + part.value() + "', which is not a business key part [" + String.join(", ", parts)
                            + "]", "list business_key parts only");
                } else if (placeholder.putIfAbsent(part.value(), kind) != null) {
                    doc.diagnostics().error(part.location(), "spec.null-columns", "key part '" + part.value()
                            + "' is listed more than once in null_columns", "list it once, as required or optional");
                }
            }
        }
        List<String> missing = parts.stream().filter(p -> !placeholder.containsKey(p)).toList();
        if (!placeholder.isEmpty() && !missing.isEmpty()) {
            doc.diagnostics().error(doc.at(node), "spec.null-columns", "null_columns covers "
                    + String.join(", ", placeholder.keySet()) + " but not " + String.join(", ", missing)
                    + ": a key either loads NULL parts as placeholders or drops incomplete rows",
                    "list every business key part under required or optional, or remove null_columns");
            return NullKeys.REJECT;
        }
        return new NullKeys(filter(parts, placeholder, "required"), filter(parts, placeholder, "optional"));
    }

    private static List<Ident> parts(SpecDocument doc, SpecDocument.Section section, String kind) {
        Node node = section.value(kind);
        if (node == null || SpecDocument.isNull(node)) {
            return List.of();
        }
        String what = "'" + kind + "' of hub null_columns";
        if (node instanceof ScalarNode) {
            Ident one = doc.nameValue(node, null, what, kind + ": [<key part>]");
            return one == null ? List.of() : List.of(one);
        }
        return new ArrayList<>(doc.nameList(node, null, what, kind + ": [<key part>]"));
    }

    private static List<String> filter(List<String> parts, Map<String, String> placeholder, String kind) {
        return parts.stream().filter(p -> kind.equals(placeholder.get(p))).collect(Collectors.toList());
    }
}
