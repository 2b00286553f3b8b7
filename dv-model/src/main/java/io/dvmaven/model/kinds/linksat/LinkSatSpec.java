package io.dvmaven.model.kinds.linksat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of {@code link_satellites}: the history of attributes of a relationship, keyed by the link's hash key.
 *
 * @param location    where the list entry starts
 * @param name        attribute group name ({@code name})
 * @param link        the link of this entity it describes ({@code link})
 * @param description may be {@code null}
 * @param attributes  payload attributes, in file order
 * @param sources     the link's sources providing the group, one satellite each; empty means all of them
 */
public record LinkSatSpec(SourceLocation location, Ident name, Ident link, String description,
                          List<AttributeSpec> attributes, List<Ident> sources) implements Serializable {
}
