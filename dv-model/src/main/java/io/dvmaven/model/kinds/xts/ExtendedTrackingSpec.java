package io.dvmaven.model.kinds.xts;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * The {@code extended_tracking} section: the attribute groups whose every arrival is recorded, also when a
 * satellite stores no new row (the same payload again, or a change back to an earlier one).
 *
 * @param location    where the section starts
 * @param satellites  tracked groups of {@code satellites} or {@code multi_active_satellites}, in file order
 * @param description may be {@code null}
 */
public record ExtendedTrackingSpec(SourceLocation location, List<Ident> satellites, String description)
        implements Serializable {
}
