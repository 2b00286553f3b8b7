package io.dvmaven.model.kinds;

import io.dvmaven.model.spec.Ident;
import java.util.List;

/**
 * Source systems one object of an entity reads, for the checks that every source has a mapping.
 *
 * @param owner   how messages name the object ("hub", "satellite 'address'")
 * @param sources the source systems as written
 */
public record SourceUse(String owner, List<Ident> sources) {
}
