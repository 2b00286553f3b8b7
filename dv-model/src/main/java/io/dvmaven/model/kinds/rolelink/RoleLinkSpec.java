package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code hierarchical_links} or {@code same_as_links}: a link joining the entity's own hub two or more
 * times, once per role.
 *
 * @param location    where the list entry starts
 * @param type        which section it was written in
 * @param name        link name; hash key {@code <name>_hk}
 * @param description may be {@code null}
 * @param roles       {@code roles}: role names in link key order ({@code [parent, child]})
 * @param sources     {@code sources}: the source systems carrying the relationship
 * @param roleKeys    {@code role_keys}: per source, per role, the column(s) carrying that role's business key
 */
public record RoleLinkSpec(SourceLocation location, RoleLinkType type, Ident name, String description,
                           List<Ident> roles, List<Ident> sources, Map<String, Map<String, List<Ident>>> roleKeys)
        implements Serializable {
}
