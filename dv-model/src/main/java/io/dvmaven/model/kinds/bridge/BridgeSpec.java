package io.dvmaven.model.kinds.bridge;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of {@code bridges}: a walk from the entity's hub over links to further hubs.
 *
 * @param location    where the list entry starts
 * @param name        the bridge's name ({@code bridge_{bridge}})
 * @param description may be {@code null}
 * @param path        the links walked, in order
 */
public record BridgeSpec(SourceLocation location, Ident name, String description, List<Step> path)
        implements Serializable {

    /**
     * One link of the walk.
     *
     * @param link the link's name
     * @param to   the hub (entity) the walk continues at; {@code null} when the link joins two hubs only
     */
    public record Step(Ident link, Ident to) implements Serializable {
    }
}
