package io.dvmaven.model.vault;

/**
 * A column the generated code reads from a raw source table.
 *
 * @param name        raw column name
 * @param role        why it is read
 * @param description what it carries, for sources.yml
 * @param dataType    declared data type, or {@code null}
 */
public record RawColumn(String name, Role role, String description, String dataType) {

    public RawColumn(String name, Role role, String description) {
        this(name, role, description, null);
    }

    /** Why a raw column is read. */
    public enum Role {
        BUSINESS_KEY,
        RELATED_BUSINESS_KEY,
        LOAD_TIMESTAMP,
        ATTRIBUTE,
        /** the business effective-from date */
        EFFECTIVE_FROM,
        /** an extra column carried along, or an input of a derived column */
        CARRIED
    }
}
