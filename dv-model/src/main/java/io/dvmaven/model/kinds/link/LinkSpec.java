package io.dvmaven.model.kinds.link;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code links}: a relationship between this entity's hub and one or more other hubs.
 *
 * @param location         where the list entry starts
 * @param name             relationship name ({@code name}), e.g. {@code member_coverage}
 * @param description      may be {@code null}
 * @param relatedHubs      {@code related_hub} (one) or {@code related_hubs} (several), entity names
 * @param relationshipType {@code relationship_type} as written, may be {@code null}
 * @param sources          source systems that carry the relationship
 * @param relatedKeys      {@code related_keys}: per source system, per related hub, the source column(s)
 *                         carrying that hub's business key (in business-key part order)
 */
public record LinkSpec(
        SourceLocation location,
        Ident name,
        String description,
        List<Ident> relatedHubs,
        String relationshipType,
        List<Ident> sources,
        Map<String, Map<String, List<Ident>>> relatedKeys) implements Serializable {
}
