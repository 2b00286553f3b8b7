package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.stage.DerivedColumnSpec;
import io.dvmaven.model.kinds.stage.DerivedColumnSpec.Form;
import io.dvmaven.model.kinds.stage.StagingOptions;
import io.dvmaven.model.mermaid.ErDiagram.Directive;
import io.dvmaven.model.spec.Ident;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The staging options of {@code %% dv:source}: {@code database=D}, {@code model=M} (instead of schema and table),
 * {@code effective_from=C}, {@code extra_columns=C,...}, {@code derived.<column>.<column|constant|sql|var>=value}
 * with an optional {@code derived.<column>.type=T}, and {@code type.<column>=T} for column types.
 */
final class DiagramStaging {

    static final Set<String> OPTIONS = Set.of("database", "model", "effective_from", "extra_columns");
    static final String DERIVED = "derived.";
    static final String TYPE = "type.";
    static final Set<String> PREFIXES = Set.of(DERIVED, TYPE);

    private DiagramStaging() {
    }

    /** The staging options of a {@code dv:source} directive (already checked against its shape). */
    static StagingOptions read(Directive directive, Diagnostics diagnostics) {
        KindDirective d = new KindDirective(directive, Directives.SOURCE, diagnostics);
        Ident database = d.name("database", "raw database");
        Ident model = d.name("model", "dbt model");
        Ident effectiveFrom = d.name("effective_from", "effective-from column");
        List<Ident> extra = d.names("extra_columns", "extra column");
        Map<String, Ident> types = new LinkedHashMap<>();
        for (Map.Entry<Ident, Ident> option : d.prefixed(TYPE)) {
            Ident type = dataType(d, option.getValue(), "column '" + option.getKey().value() + "'");
            if (d.isName(option.getKey(), "column") && type != null) {
                types.put(option.getKey().value(), type);
            }
        }
        List<DerivedColumnSpec> derived = derived(d);
        if (database == null && model == null && effectiveFrom == null && extra.isEmpty() && derived.isEmpty()
                && types.isEmpty()) {
            return StagingOptions.NONE;
        }
        return new StagingOptions(database, model, effectiveFrom, extra, derived,
                Collections.unmodifiableMap(types));
    }

    private static List<DerivedColumnSpec> derived(KindDirective d) {
        Map<String, Map<String, Ident>> byColumn = new LinkedHashMap<>();
        Map<String, Ident> names = new LinkedHashMap<>();
        for (Map.Entry<Ident, Ident> option : d.prefixed(DERIVED)) {
            String suffix = option.getKey().value();
            int dot = suffix.lastIndexOf('.');
            String field = dot < 0 ? "" : suffix.substring(dot + 1);
            boolean known = field.equals("type") || Arrays.stream(Form.values()).anyMatch(f -> f.key().equals(field));
            if (dot <= 0 || !known) {
                d.error(option.getKey(), "option '" + DERIVED + suffix + "' of dv:source does not end in .column, "
                        + ".constant, .sql, .var or .type", "write " + DERIVED + "<column>.constant=<text> (or .sql, "
                        + ".var, .column; .type to cast it)");
                continue;
            }
            Ident name = new Ident(suffix.substring(0, dot), option.getKey().location());
            names.putIfAbsent(name.value(), name);
            byColumn.computeIfAbsent(name.value(), n -> new LinkedHashMap<>()).put(field, option.getValue());
        }
        return byColumn.entrySet().stream().map(e -> derivedColumn(d, names.get(e.getKey()), e.getValue()))
                .filter(c -> c != null).toList();
    }

    private static DerivedColumnSpec derivedColumn(KindDirective d, Ident name, Map<String, Ident> fields) {
        List<Form> given = Arrays.stream(Form.values()).filter(f -> fields.containsKey(f.key())).toList();
        if (!d.isName(name, "derived column")) {
            return null;
        }
        if (given.size() != 1) {
            d.error(name, "derived column '" + name.value() + "' of dv:source gives " + (given.isEmpty() ? "no value"
                    : given.size() + " values"), "give exactly one of " + DERIVED + name.value() + ".column, "
                    + ".constant, .sql or .var");
            return null;
        }
        Form form = given.get(0);
        Ident value = fields.get(form.key());
        if (form == Form.COLUMN && !d.isName(value, "source column")) {
            return null;
        }
        if (form == Form.VAR && !StagingOptions.VAR_NAME.matcher(value.value()).matches()) {
            d.error(value, "'" + value.value() + "' in derived column '" + name.value() + "' is not a dbt var name",
                    "use letters, digits and underscores: " + DERIVED + name.value() + ".var=load_date");
            return null;
        }
        if (form == Form.SQL && value.value().isBlank()) {
            d.error(value, "the SQL expression of derived column '" + name.value() + "' is empty",
                    "write " + DERIVED + name.value() + ".sql=\"<expression over the source columns>\"");
            return null;
        }
        Ident type = fields.containsKey("type") ? dataType(d, fields.get("type"), "derived column '" + name.value()
                + "'") : null;
        return new DerivedColumnSpec(name, form, value, type);
    }

    private static Ident dataType(KindDirective d, Ident type, String what) {
        if (Pattern.matches(StagingOptions.DATA_TYPE.pattern(), type.value())) {
            return type;
        }
        d.error(type, "'" + type.value() + "' is not a data type (in " + what + ")",
                "write one SQL type, e.g. varchar(100), timestamp, decimal(12, 2)");
        return null;
    }

    /** The staging options as {@code dv:source} options, in the order {@link #read} takes them. */
    static void write(StagingOptions staging, DirectiveLine line) {
        line.option("database", staging.database())
                .option("model", staging.model())
                .option("effective_from", staging.effectiveFrom())
                .names("extra_columns", staging.extraColumns());
        for (DerivedColumnSpec column : staging.derivedColumns()) {
            line.option(DERIVED + column.name().value() + "." + column.form().key(), column.value())
                    .option(DERIVED + column.name().value() + ".type", column.type());
        }
        new TreeMap<>(staging.columnTypes()).forEach((column, type) -> line.option(TYPE + column, type));
    }
}
