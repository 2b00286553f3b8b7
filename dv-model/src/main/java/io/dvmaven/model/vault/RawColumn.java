package io.dvmaven.model.vault;

/**
 * A column the generated code reads from a raw source table.
 *
 * @param name        raw column name
 * @param role        why it is read
 * @param description what it carries, for sources.yml
 */
public record RawColumn(String name, Role role, String description) {

    /** Why a raw column is read. */
    public enum Role {
        BUSINESS_KEY,
        RELATED_BUSINESS_KEY,
        LOAD_TIMESTAMP,
        ATTRIBUTE
    }
}
