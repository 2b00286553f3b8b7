package io.dvmaven.model.vault;

import java.util.List;

/**
 * A dbt source (one per source system), declared in the system's {@code sources.yml}.
 *
 * @param name   dbt source name ({@code raw_legacy_facets})
 * @param system source system name ({@code legacy_facets})
 * @param schema raw schema; every entity must agree on one schema per source system
 * @param folder folder of the source system's staging models, relative to {@code models/}
 * @param tables tables read, sorted by name
 * @param database raw database / catalog, or {@code null} (the target's)
 */
public record RawSource(String name, String system, String schema, String folder, List<RawTable> tables,
                        String database) {

    public RawSource(String name, String system, String schema, String folder, List<RawTable> tables) {
        this(name, system, schema, folder, tables, null);
    }
}
