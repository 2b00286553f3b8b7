package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.reftable.ReferenceTableSpec.ReferenceSourceSpec;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference table checks across the whole design: one raw schema per source system (a delivering table is one more
 * table of the system's dbt source), and no column that would shadow a column the delivery model adds.
 */
final class ReferenceTableValidation {

    private ReferenceTableValidation() {
    }

    static void check(DesignCheck design) {
        checkSchemas(design);
        checkColumns(design);
    }

    private static void checkSchemas(DesignCheck design) {
        Map<String, Ident> firstBySystem = new LinkedHashMap<>();
        for (EntitySpec entity : design.entities()) {
            for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
                if (mapping.schema() != null) {
                    firstBySystem.putIfAbsent(mapping.name().value(), mapping.schema());
                }
            }
        }
        for (EntitySpec entity : design.entities()) {
            for (ReferenceTableSpec table : entity.part(ReferenceTableSpec.class)) {
                for (ReferenceSourceSpec source : table.sources()) {
                    String system = source.source().value();
                    Ident first = firstBySystem.putIfAbsent(system, source.schema());
                    if (first != null && !first.value().equals(source.schema().value())) {
                        design.diagnostics().error(source.schema().location(), "spec.schema-conflict", "source "
                                + "system '" + system + "' of reference table '" + table.name().value() + "' reads "
                                + "schema '" + source.schema().value() + "' here but '" + first.value() + "' at "
                                + first.location(), "use the same schema for " + system + " in every spec (one "
                                + "dbt source per source system)");
                    }
                }
            }
        }
    }

    private static void checkColumns(DesignCheck design) {
        List<String> added = List.of(design.naming().loadTimestampColumn(), design.naming().recordSourceColumn(),
                ReferenceTableKind.PRIORITY_COLUMN, ReferenceTableKind.RANK_COLUMN);
        for (EntitySpec entity : design.entities()) {
            for (ReferenceTableSpec table : entity.part(ReferenceTableSpec.class)) {
                List<String> reserved = new ArrayList<>(added);
                if (table.history()) {
                    reserved.add(ReferenceTableKind.hashdiffName(design.naming(), entity.name().value(),
                            table.name().value()));
                }
                List<AttributeSpec> columns = new ArrayList<>();
                columns.add(table.code());
                columns.addAll(table.attributes());
                for (AttributeSpec column : columns) {
                    if (reserved.contains(column.name().value())) {
                        design.diagnostics().error(column.name().location(), "spec.column-conflict", "column '"
                                + column.name().value() + "' of reference table '" + table.name().value()
                                + "' has the name of a column the generated models add ("
                                + String.join(", ", reserved) + ")", "rename it, e.g. '" + table.name().value() + "_"
                                + column.name().value() + "' (with columns: {...} to read it from its raw column)");
                    }
                }
            }
        }
    }
}
