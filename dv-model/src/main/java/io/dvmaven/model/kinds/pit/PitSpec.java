package io.dvmaven.model.kinds.pit;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of {@code pits}: a point-in-time table over the entity's hub and some of its satellites.
 *
 * @param location    where the list entry starts
 * @param name        the PIT's name ({@code pit_{pit}})
 * @param description may be {@code null}
 * @param satellites  attribute groups it points into, each with every source's satellite; all groups when empty
 */
public record PitSpec(SourceLocation location, Ident name, String description, List<Ident> satellites)
        implements Serializable {
}
