package io.dvmaven.model.kinds;

import io.dvmaven.model.spec.Ident;
import java.util.List;

/**
 * Source systems one object of an entity reads, for the checks that every source has a mapping and every rename
 * in a mapping's {@code columns} is read.
 *
 * @param owner      how messages name the object ("hub", "satellite 'address'")
 * @param sources    the source systems as written
 * @param attributes the attributes it reads from each of those sources through the mapping's {@code columns}
 *                   renames (satellite attributes resolve per source and are checked by the stage kind itself)
 */
public record SourceUse(String owner, List<Ident> sources, List<String> attributes) {

    /** A use that reads no attribute through renames (hub, link, effectivity satellite...). */
    public SourceUse(String owner, List<Ident> sources) {
        this(owner, sources, List.of());
    }
}
