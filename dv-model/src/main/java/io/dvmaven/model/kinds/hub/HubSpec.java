package io.dvmaven.model.kinds.hub;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.util.List;

/**
 * The {@code hub} section.
 *
 * @param location        where {@code hub:} is
 * @param businessKey     logical business key parts ({@code business_key}), at least one
 * @param businessKeyType {@code business_key_type} as written ({@code simple} or {@code composite}), may be null
 * @param sources         source systems feeding the hub ({@code sources})
 */
public record HubSpec(SourceLocation location, List<Ident> businessKey, String businessKeyType, List<Ident> sources) {
}
