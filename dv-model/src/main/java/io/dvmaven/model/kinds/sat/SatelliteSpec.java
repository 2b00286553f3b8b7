package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.util.List;

/**
 * One entry of {@code satellites}: an attribute group, loaded into one satellite per source.
 *
 * @param location       where the list entry starts
 * @param name           attribute group name ({@code name})
 * @param description    may be {@code null}
 * @param attributes     payload attributes, in file order
 * @param sources        source systems providing this group
 * @param changeTracking {@code change_tracking} (default true)
 */
public record SatelliteSpec(
        SourceLocation location,
        Ident name,
        String description,
        List<AttributeSpec> attributes,
        List<Ident> sources,
        boolean changeTracking) {
}
