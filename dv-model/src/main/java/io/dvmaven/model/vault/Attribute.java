package io.dvmaven.model.vault;

/**
 * A payload column of a satellite or staging model.
 *
 * @param name         vault column name
 * @param description  business meaning from the spec, or {@code null}
 * @param sourceColumn raw column it is read from (equals {@code name} unless renamed in {@code columns})
 */
public record Attribute(String name, String description, String sourceColumn) {

    public boolean renamed() {
        return !name.equals(sourceColumn);
    }
}
