package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;

/**
 * One satellite attribute: written as a plain name, or as {@code {name: ..., description: ...}}.
 *
 * @param name        the attribute's standard column name in the vault
 * @param description business meaning, may be {@code null}
 */
public record AttributeSpec(Ident name, String description) implements Serializable {

    /** The attributes' names, in order. */
    public static List<String> names(List<AttributeSpec> attributes) {
        return attributes.stream().map(a -> a.name().value()).toList();
    }
}
