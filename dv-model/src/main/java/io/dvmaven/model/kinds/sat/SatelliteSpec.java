package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One entry of {@code satellites}: an attribute group, loaded into one satellite per source.
 *
 * @param location       where the list entry starts
 * @param name           attribute group name ({@code name})
 * @param description    may be {@code null}
 * @param attributes     payload attributes, in file order
 * @param sources        source systems providing this group
 * @param changeTracking {@code change_tracking} (default true)
 * @param payload        per-source attribute subsets and hashdiff options
 */
public record SatelliteSpec(
        SourceLocation location,
        Ident name,
        String description,
        List<AttributeSpec> attributes,
        List<Ident> sources,
        boolean changeTracking,
        PayloadOptions payload) implements Serializable {

    /** A satellite without payload options. */
    public SatelliteSpec(SourceLocation location, Ident name, String description, List<AttributeSpec> attributes,
                         List<Ident> sources, boolean changeTracking) {
        this(location, name, description, attributes, sources, changeTracking, PayloadOptions.NONE);
    }

    /** The attributes {@code source} carries: the subset given for it in source_attributes, else all. */
    public List<AttributeSpec> attributesFrom(String source) {
        List<Ident> subset = payload.sourceAttributes().get(source);
        if (subset == null) {
            return attributes;
        }
        List<String> names = subset.stream().map(Ident::value).toList();
        return attributes.stream().filter(a -> names.contains(a.name().value())).toList();
    }
}
