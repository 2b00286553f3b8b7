package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * How a satellite's payload and hashdiff are formed beyond its attribute list.
 *
 * @param sourceAttributes   per source, the subset of the attributes that source carries ({@code source_attributes})
 * @param hashdiffIncludeKey the business key columns are hashed into the hashdiff too ({@code hashdiff: {include_key:
 *                           true}}, AutomateDV's documented variant)
 * @param excludeColumns     the payload is every source column except these ({@code exclude_columns}, instead of
 *                           {@code attributes}); empty when the attributes are listed
 */
public record PayloadOptions(Map<String, List<Ident>> sourceAttributes, boolean hashdiffIncludeKey,
                             List<Ident> excludeColumns) implements Serializable {

    public static final PayloadOptions NONE = new PayloadOptions(Map.of(), false, List.of());

    /** True when the payload is written as the columns to leave out. */
    public boolean excludes() {
        return !excludeColumns.isEmpty();
    }
}
