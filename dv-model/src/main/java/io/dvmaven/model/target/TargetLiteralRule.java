package io.dvmaven.model.target;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.reftable.ReferenceTableSpec;
import io.dvmaven.model.kinds.stage.DerivedColumnSpec;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;
import java.util.Set;

/**
 * Spec text that lands inside a SQL string literal (a record source, also a reference table's, a derived constant)
 * may not hold a backslash on a target that reads a backslash in a string literal as an escape (Snowflake, Spark,
 * Databricks, BigQuery): {@code 'a\'} would not end where the generator ends it. Nor may it hold a single quote
 * where a doubled quote is no escape: BigQuery reads {@code 'O''Brien'} as two adjacent literals and rejects them
 * (Spark and Databricks read it as one quote, like the standard). AutomateDV and dbt's {@code accepted_values}
 * paste such text between quotes without escaping, so the text is refused at its location rather than escaped per
 * engine. The same spec passes for a target with standard string literals (DuckDB, PostgreSQL, SQL Server).
 */
public final class TargetLiteralRule {

    /** Finding code. */
    public static final String ID = "target.literal-backslash";
    /** Finding code of a single quote where a doubled quote is no escape. */
    public static final String QUOTE_ID = "target.literal-quote";
    /** An error: the generated SQL would fail, or read more than the literal. */
    public static final Severity SEVERITY = Severity.ERROR;
    /** Targets whose string literals treat a backslash as an escape character. */
    static final Set<String> BACKSLASH_ESCAPING = Set.of("snowflake", "spark", "databricks", "bigquery");
    /** Targets whose string literals do not read a doubled single quote as one quote. */
    static final Set<String> NO_QUOTE_DOUBLING = Set.of("bigquery");

    private TargetLiteralRule() {
    }

    /** The design with this rule's findings added (sorted); the same design when there are none. */
    public static DesignResult apply(DesignResult design, WarehouseTarget target) {
        return design.withDiagnostics(check(design.entities(), target));
    }

    /** The findings for the parsed entities. */
    public static List<Diagnostic> check(List<EntitySpec> entities, WarehouseTarget target) {
        if (!BACKSLASH_ESCAPING.contains(target.id())) {
            return List.of();
        }
        Diagnostics found = new Diagnostics();
        for (EntitySpec entity : entities) {
            for (ReferenceTableSpec table : entity.part(ReferenceTableSpec.class)) {
                for (ReferenceTableSpec.ReferenceSourceSpec source : table.sources()) {
                    check(source.recordSource(), "record source of " + source.source().value() + " for reference "
                            + "table " + table.name().value(), source.location(), target, found);
                }
            }
            for (SourceMappingSpec mapping : entity.sourceMappings().values()) {
                check(mapping.recordSource(), "record source of " + mapping.name().value(), mapping.location(),
                        target, found);
                if (mapping.staging() == null) {
                    continue;
                }
                for (DerivedColumnSpec derived : mapping.staging().derivedColumns()) {
                    if (derived.form() == DerivedColumnSpec.Form.CONSTANT) {
                        check(derived.value().value(), "constant of derived column " + derived.name().value(),
                                derived.value().location(), target, found);
                    }
                }
            }
        }
        return found.sorted();
    }

    private static void check(String text, String what, SourceLocation location, WarehouseTarget target,
                              Diagnostics found) {
        if (text != null && text.indexOf('\\') >= 0) {
            found.error(location, ID, what + " holds a backslash, which " + target.id()
                    + " reads as an escape inside the SQL string the text is written to",
                    "remove the backslash from the text (or use {sql: ...} with the target's own escaping)");
        }
        if (text != null && text.indexOf('\'') >= 0 && NO_QUOTE_DOUBLING.contains(target.id())) {
            found.error(location, QUOTE_ID, what + " holds a single quote, which " + target.id()
                    + " cannot escape by doubling inside the SQL string the text is written to (the SQL would not "
                    + "compile)", "remove the quote from the text (or use {sql: ...} with the target's own escaping)");
        }
    }
}
