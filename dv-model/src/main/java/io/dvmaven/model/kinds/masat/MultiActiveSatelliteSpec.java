package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of {@code multi_active_satellites}: an attribute group that holds several rows per key at once (a
 * customer's phone numbers), told apart by the child key; loaded into one multi-active satellite per source.
 *
 * @param location    where the list entry starts
 * @param name        attribute group name ({@code name})
 * @param description may be {@code null}
 * @param childKeys   the dependent child key columns ({@code child_key}) telling the rows of one set apart
 * @param attributes  payload attributes, in file order
 * @param sources     source systems providing this group
 */
public record MultiActiveSatelliteSpec(
        SourceLocation location,
        Ident name,
        String description,
        List<AttributeSpec> childKeys,
        List<AttributeSpec> attributes,
        List<Ident> sources) implements Serializable {
}
