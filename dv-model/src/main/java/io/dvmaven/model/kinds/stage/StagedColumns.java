package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.kinds.stage.DerivedColumnSpec.Form;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.StageOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The staging options of one source mapping as the stage sees them: the derived columns it adds, which columns
 * are computed rather than read from the raw table, and the stage options the vault structures use.
 */
final class StagedColumns {

    private final SourceMappingSpec mapping;
    private final StagingOptions options;

    StagedColumns(SourceMappingSpec mapping) {
        this.mapping = mapping;
        this.options = mapping.staging();
    }

    /** True when the stage computes {@code column} itself (a derived column), so the raw table need not have it. */
    boolean derived(String column) {
        return options.derived(column) != null;
    }

    /** The derived column replacing a standard column ({@code load_timestamp}, {@code record_source}), or null. */
    DerivedColumn override(String column, String description) {
        DerivedColumnSpec spec = options.derived(column);
        return spec == null ? null : derivedColumn(spec, description);
    }

    /** The user's derived columns other than the standard ones, in file order. */
    List<DerivedColumn> userColumns(List<String> standard) {
        List<DerivedColumn> columns = new ArrayList<>();
        for (DerivedColumnSpec spec : options.derivedColumns()) {
            if (!standard.contains(spec.name().value())) {
                columns.add(derivedColumn(spec, null));
            }
        }
        return columns;
    }

    /** The raw columns a derived column copies ({@code column} form). */
    List<String> copiedColumns() {
        return options.derivedColumns().stream().filter(d -> d.form() == Form.COLUMN).map(d -> d.value().value())
                .toList();
    }

    StageOptions stageOptions() {
        if (options == StagingOptions.NONE) {
            return StageOptions.NONE;
        }
        Map<String, String> types = new TreeMap<>();
        options.columnTypes().forEach((column, type) -> types.put(column, type.value()));
        for (DerivedColumnSpec d : options.derivedColumns()) {
            if (d.type() != null) {
                types.putIfAbsent(d.name().value(), d.type().value());
            }
        }
        return new StageOptions(value(options.effectiveFrom()), options.extraColumns().stream().map(Ident::value)
                .toList(), value(options.model()), Map.copyOf(types));
    }

    private DerivedColumn derivedColumn(DerivedColumnSpec spec, String description) {
        String name = spec.name().value();
        String value = spec.value().value();
        String type = spec.type() == null ? null : spec.type().value();
        String source = mapping.name().value();
        return switch (spec.form()) {
            case VAR -> new DerivedColumn(name, null, orElse(description, "Value of the dbt var '" + value
                    + "' at run time"), value, type);
            case COLUMN -> new DerivedColumn(name, cast(value, type), orElse(description, "Copy of " + source + "."
                    + value), null, type);
            case CONSTANT -> new DerivedColumn(name, cast(sqlLiteral(value), type), orElse(description, "Constant '"
                    + value + "'"), null, type);
            case SQL -> new DerivedColumn(name, cast("(" + value + ")", type), orElse(description, "Computed by the"
                    + " SQL expression " + value), null, type);
        };
    }

    /** A SQL string literal: quotes doubled. */
    static String sqlLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String cast(String expression, String type) {
        return type == null ? expression : "CAST(" + expression + " AS " + type + ")";
    }

    private static String orElse(String text, String fallback) {
        return text != null ? text : fallback;
    }

    private static String value(Ident ident) {
        return ident == null ? null : ident.value();
    }
}
