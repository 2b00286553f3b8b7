package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.hub.NullKeys;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.spec.Ident;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's {@code null_columns} opt-in in a diagram: {@code %% dv:business_key <entity> <part>...
 * [null_required=<part>,...] [null_optional=<part>,...]}, checked as {@code hub.null_columns} is in a spec file.
 */
final class DiagramNullKeys {

    static final String REQUIRED = "null_required";
    static final String OPTIONAL = "null_optional";

    private DiagramNullKeys() {
    }

    /** The options {@code dv:diagram} writes for {@code nullKeys}; empty without the opt-in. */
    static String options(NullKeys nullKeys) {
        StringBuilder text = new StringBuilder();
        if (!nullKeys.required().isEmpty()) {
            text.append(' ').append(REQUIRED).append('=').append(String.join(",", nullKeys.required()));
        }
        if (!nullKeys.optional().isEmpty()) {
            text.append(' ').append(OPTIONAL).append('=').append(String.join(",", nullKeys.optional()));
        }
        return text.toString();
    }

    /** The opt-in of a {@code dv:business_key} listing {@code parts}; {@link NullKeys#REJECT} when malformed. */
    static NullKeys read(Directive directive, List<Ident> parts, DiagramDirectives reader, Diagnostics diagnostics) {
        List<String> names = parts.stream().map(Ident::value).toList();
        Map<String, String> placeholder = new LinkedHashMap<>();
        boolean ok = true;
        for (String option : List.of(REQUIRED, OPTIONAL)) {
            ErDiagram.Arg arg = DiagramDirectives.option(directive, option);
            for (Ident part : arg == null ? List.<Ident>of() : reader.identList(arg, "business key part")) {
                if (!names.contains(part.value())) {
                    ok = false;
                    diagnostics.error(part.location(), "mermaid.null-columns", option + " lists '" + part.value()
                            + "', which is not a business key part [" + String.join(", ", names) + "]",
                            "list parts the dv:business_key line names");
                } else if (placeholder.putIfAbsent(part.value(), option) != null) {
                    ok = false;
                    diagnostics.error(part.location(), "mermaid.null-columns", "key part '" + part.value()
                            + "' is listed more than once in " + REQUIRED + "/" + OPTIONAL, "list it once");
                }
            }
        }
        List<String> missing = names.stream().filter(p -> !placeholder.containsKey(p)).toList();
        if (ok && !placeholder.isEmpty() && !missing.isEmpty()) {
            diagnostics.error(directive.location(), "mermaid.null-columns", "dv:business_key gives null_columns for "
                    + String.join(", ", placeholder.keySet()) + " but not " + String.join(", ", missing)
                    + ": a key either loads NULL parts as placeholders or drops incomplete rows",
                    "list every key part under " + REQUIRED + " or " + OPTIONAL + ", or remove both options");
            ok = false;
        }
        return ok ? new NullKeys(filter(names, placeholder, REQUIRED), filter(names, placeholder, OPTIONAL))
                : NullKeys.REJECT;
    }

    private static List<String> filter(List<String> parts, Map<String, String> placeholder, String option) {
        return parts.stream().filter(p -> option.equals(placeholder.get(p))).toList();
    }
}
