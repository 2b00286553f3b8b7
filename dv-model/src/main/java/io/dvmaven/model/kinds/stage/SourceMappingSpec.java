package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code source_mappings}: where a source system's rows for this entity live.
 *
 * @param location      where the mapping starts
 * @param name          the source system name (the map key)
 * @param schema        raw schema ({@code schema})
 * @param table         raw table ({@code table})
 * @param keyFields     source column(s) carrying the business key, in business-key part order
 *                      ({@code key_field}: a name, a list, or a map by key part)
 * @param loadTimestamp source column carrying the load timestamp ({@code load_timestamp}); {@code null}
 *                      means the naming convention's load timestamp column
 * @param columns       renames ({@code columns}): vault attribute name to source column name
 * @param recordSource  value written to the record source column ({@code record_source}); {@code null}
 *                      means the source system name
 * @param description   may be {@code null}
 * @param staging       the staging options (raw location, derived and extra columns, effective-from, types)
 */
public record SourceMappingSpec(
        SourceLocation location,
        Ident name,
        Ident schema,
        Ident table,
        List<Ident> keyFields,
        Ident loadTimestamp,
        Map<String, Ident> columns,
        String recordSource,
        String description,
        StagingOptions staging) implements Serializable {

    /** A mapping without staging options (a diagram's mapping, or a spec that uses none). */
    public SourceMappingSpec(SourceLocation location, Ident name, Ident schema, Ident table, List<Ident> keyFields,
                             Ident loadTimestamp, Map<String, Ident> columns, String recordSource, String description) {
        this(location, name, schema, table, keyFields, loadTimestamp, columns, recordSource, description,
                StagingOptions.NONE);
    }

    /** The same mapping with other key fields. */
    public SourceMappingSpec withKeyFields(List<Ident> ordered) {
        return new SourceMappingSpec(location, name, schema, table, ordered, loadTimestamp, columns, recordSource,
                description, staging);
    }
}
