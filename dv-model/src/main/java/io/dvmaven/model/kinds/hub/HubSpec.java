package io.dvmaven.model.kinds.hub;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * The {@code hub} section.
 *
 * @param location        where {@code hub:} is
 * @param businessKey     logical business key parts ({@code business_key}), at least one
 * @param businessKeyType {@code business_key_type} as written ({@code simple} or {@code composite}), may be null
 * @param sources         source systems feeding the hub ({@code sources})
 * @param nullKeys        the {@code null_columns} opt-in: how NULL key parts load; {@link NullKeys#REJECT} when absent
 */
public record HubSpec(SourceLocation location, List<Ident> businessKey, String businessKeyType, List<Ident> sources,
                      NullKeys nullKeys) implements Serializable {

    public HubSpec {
        nullKeys = nullKeys == null ? NullKeys.REJECT : nullKeys;
    }

    /** A hub without the {@code null_columns} opt-in. */
    public HubSpec(SourceLocation location, List<Ident> businessKey, String businessKeyType, List<Ident> sources) {
        this(location, businessKey, businessKeyType, sources, NullKeys.REJECT);
    }
}
