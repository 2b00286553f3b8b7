package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.spec.Ident;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code reference_tables}: reference data keyed by a natural code (a nation code, a currency),
 * delivered by one or more source tables.
 *
 * @param location    where the entry starts
 * @param name        the reference table name ({@code nation})
 * @param description may be {@code null}
 * @param code        the natural code column, the table's key
 * @param attributes  the descriptive columns, in file order (may be empty)
 * @param sources     the delivering tables in priority order: the first listed wins a code two sources deliver at
 *                    the same load time
 * @param history     true when a satellite keyed by the code keeps every change of the attributes
 */
public record ReferenceTableSpec(SourceLocation location, Ident name, String description, AttributeSpec code,
                                 List<AttributeSpec> attributes, List<ReferenceSourceSpec> sources,
                                 boolean history) implements Serializable {

    /**
     * One delivering table of a reference table.
     *
     * @param location      where the entry starts
     * @param source        the source system
     * @param schema        raw schema (one per source system, as in {@code source_mappings})
     * @param table         raw table
     * @param loadTimestamp column carrying the load timestamp, or {@code null} for the naming convention's
     * @param recordSource  value of the record source, or {@code null} for the source system name
     * @param columns       renames: code or attribute name to raw column
     */
    public record ReferenceSourceSpec(SourceLocation location, Ident source, Ident schema, Ident table,
                                      Ident loadTimestamp, String recordSource, Map<String, Ident> columns)
        implements Serializable {
    }
}
