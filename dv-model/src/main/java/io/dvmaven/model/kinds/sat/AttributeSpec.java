package io.dvmaven.model.kinds.sat;

import io.dvmaven.model.spec.Ident;

/**
 * One satellite attribute: written as a plain name, or as {@code {name: ..., description: ...}}.
 *
 * @param name        the attribute's standard column name in the vault
 * @param description business meaning, may be {@code null}
 */
public record AttributeSpec(Ident name, String description) {
}
