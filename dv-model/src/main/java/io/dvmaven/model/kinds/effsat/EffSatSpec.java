package io.dvmaven.model.kinds.effsat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of {@code effectivity_satellites}: which relationship of a link is open now, per driving key.
 *
 * @param location      where the list entry starts
 * @param link          the link of this entity it tracks ({@code link})
 * @param description   may be {@code null}
 * @param drivingKeys   {@code driving_key}: the entities of the link whose relationship is tracked; the link's
 *                      other entities are the secondary keys; empty means this entity
 * @param sources       {@code sources}: the link's sources it reads, one model each; empty means all of them
 * @param startDate     source column where the relationship starts
 * @param endDate       source column where it ends (9999-12-31 while open)
 * @param effectiveFrom source column of the business effective date, {@code null} for {@code start_date}
 * @param autoEndDating {@code auto_end_dating}: close the open relationship of a driving key when another opens
 */
public record EffSatSpec(SourceLocation location, Ident link, String description, List<Ident> drivingKeys,
                         List<Ident> sources, Ident startDate, Ident endDate, Ident effectiveFrom,
                         boolean autoEndDating) implements Serializable {
}
