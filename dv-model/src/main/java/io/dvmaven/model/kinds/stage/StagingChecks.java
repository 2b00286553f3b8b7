package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.stage.DerivedColumnSpec.Form;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.Map;

/**
 * Checks of one mapping's staging options inside its document: a standard column is given once, and a column
 * that the stage derives is never the input of another derived column or rename (AutomateDV computes every
 * derived column from the source row alone).
 */
final class StagingChecks {

    private StagingChecks() {
    }

    static void check(EntitySpec entity, NamingConventions naming, Diagnostics diagnostics) {
        for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
            StagingOptions options = mapping.staging();
            String where = "source mapping '" + mapping.name().value() + "'";
            DerivedColumnSpec ldts = options.derived(naming.loadTimestampColumn());
            if (ldts != null && mapping.loadTimestamp() != null) {
                diagnostics.error(ldts.name().location(), "spec.derived-column", where + " gives the load timestamp "
                        + "twice: load_timestamp: " + mapping.loadTimestamp().value() + " and the derived column '"
                        + ldts.name().value() + "'", "keep load_timestamp: for a raw column, or the derived column "
                        + "for a computed value");
            }
            DerivedColumnSpec rsrc = options.derived(naming.recordSourceColumn());
            if (rsrc != null && mapping.recordSource() != null) {
                diagnostics.error(rsrc.name().location(), "spec.derived-column", where + " gives the record source "
                        + "twice: record_source: " + mapping.recordSource() + " and the derived column '"
                        + rsrc.name().value() + "'", "keep record_source: for a constant, or the derived column for "
                        + "a value computed per row");
            }
            for (DerivedColumnSpec derived : options.derivedColumns()) {
                if (derived.form() == Form.COLUMN && options.derived(derived.value().value()) != null) {
                    readsDerived(diagnostics, derived.value(), "derived column '" + derived.name().value() + "'",
                            where);
                }
            }
            for (Map.Entry<String, Ident> rename : mapping.columns().entrySet()) {
                if (options.derived(rename.getValue().value()) != null) {
                    readsDerived(diagnostics, rename.getValue(), "the rename of attribute '" + rename.getKey() + "'",
                            where);
                }
                if (options.derived(rename.getKey()) != null) {
                    diagnostics.error(rename.getValue().location(), "spec.derived-column", "attribute '"
                            + rename.getKey() + "' of " + where + " is both renamed (columns) and derived "
                            + "(derived_columns)", "keep one of the two");
                }
            }
        }
    }

    private static void readsDerived(Diagnostics diagnostics, Ident column, String what, String where) {
        diagnostics.error(column.location(), "spec.derived-column", what + " of " + where + " reads '"
                + column.value() + "', which is itself a derived column; derived columns are computed from the "
                + "source row only", "read the raw column, or repeat its expression");
    }
}
