package io.dvmaven.model.kinds.hub;

import java.io.Serializable;
import java.util.List;

/**
 * How a hub's business key parts that are NULL load: AutomateDV's stage {@code null_columns}. Either no part is
 * listed (a row whose key has a NULL or empty part is not loaded into the hub, its satellites or links) or every
 * part is, each as {@code required} (NULL becomes {@code var('null_key_required')}, {@code '-1'}) or
 * {@code optional} ({@code var('null_key_optional')}, {@code '-2'}).
 *
 * @param required key parts loading NULL as the required placeholder, in key order
 * @param optional key parts loading NULL as the optional placeholder, in key order
 */
public record NullKeys(List<String> required, List<String> optional) implements Serializable {

    /** No placeholders: incomplete keys are not loaded. */
    public static final NullKeys REJECT = new NullKeys(List.of(), List.of());

    public NullKeys {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    /** True when NULL key parts load as placeholders instead of dropping the row. */
    public boolean placeholders() {
        return !required.isEmpty() || !optional.isEmpty();
    }
}
