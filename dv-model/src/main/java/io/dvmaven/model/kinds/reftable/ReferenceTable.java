package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.VaultObject;
import java.util.List;

/**
 * A reference table model calling {@code automate_dv.ref_table}, fed by one generated delivery model that unions
 * every delivering table and keeps one row per code (AutomateDV's multi-source form emits its sources' SELECTs
 * without a UNION, and its SELECT DISTINCT keeps two rows for a code delivered with two payloads).
 *
 * @param model         model name ({@code ref_nation})
 * @param folder        folder relative to {@code models/}
 * @param name          the reference table name
 * @param entity        the entity whose spec declares it
 * @param description   what the reference data is, or {@code null}
 * @param code          the natural code column
 * @param attributes    the descriptive columns, in spec order
 * @param deliveryModel the generated union model feeding it
 * @param deliveryFolder folder of the delivery model relative to {@code models/}
 * @param deliveries    the delivering tables in priority order (first wins a tie)
 * @param spec          spec defining it
 */
public record ReferenceTable(String model, String folder, String name, String entity, String description,
                             Attribute code, List<Attribute> attributes, String deliveryModel, String deliveryFolder,
                             List<Delivery> deliveries, SpecRef spec) implements VaultObject {

    /**
     * One delivering raw table.
     *
     * @param system        source system
     * @param rawSource     dbt source name ({@code raw_crm})
     * @param schema        raw schema
     * @param table         raw table
     * @param codeColumn    raw column of the code
     * @param columns       raw column of each attribute, in {@code attributes} order
     * @param loadTimestamp raw column of the load timestamp
     * @param recordSource  the record source value of its rows
     */
    public record Delivery(String system, String rawSource, String schema, String table, String codeColumn,
                           List<String> columns, String loadTimestamp, String recordSource) {
    }
}
