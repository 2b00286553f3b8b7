package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.kinds.stage.DerivedColumnSpec.Form;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads the staging options of one source mapping ({@link StagingOptions}). */
final class StagingOptionsSection {

    static final List<String> KEYS = List.of("database", "model", "effective_from", "extra_columns",
            "derived_columns", "column_types");

    static final Pattern DATA_TYPE = StagingOptions.DATA_TYPE;
    static final Pattern VAR_NAME = StagingOptions.VAR_NAME;

    private static final String DERIVED_EXAMPLE = "<column>: {constant: <text>} | {sql: <expression>} | "
            + "{var: <dbt var>} | <source column>";

    private final SpecDocument doc;

    StagingOptionsSection(SpecDocument doc) {
        this.doc = doc;
    }

    StagingOptions read(SpecDocument.Section mapping) {
        Ident database = doc.optionalName(mapping, "database", "raw database");
        Ident model = doc.optionalName(mapping, "model", "dbt model");
        Ident effectiveFrom = doc.optionalName(mapping, "effective_from", "effective-from column");
        List<Ident> extra = List.of();
        Node extraNode = mapping.value("extra_columns");
        if (extraNode != null && !SpecDocument.isNull(extraNode)) {
            extra = doc.nameList(extraNode, "extra column", "'extra_columns' of " + mapping.where(),
                    "extra_columns: [<column>, ...]");
            doc.checkDuplicates(extra, "extra column", "extra_columns of " + mapping.where());
        }
        List<DerivedColumnSpec> derived = derivedColumns(mapping);
        Map<String, Ident> types = columnTypes(mapping);
        if (database == null && model == null && effectiveFrom == null && extra.isEmpty() && derived.isEmpty()
                && types.isEmpty()) {
            return StagingOptions.NONE;
        }
        return new StagingOptions(database, model, effectiveFrom, extra, derived, types);
    }

    private List<DerivedColumnSpec> derivedColumns(SpecDocument.Section mapping) {
        List<DerivedColumnSpec> derived = new ArrayList<>();
        Node node = mapping.value("derived_columns");
        if (node == null || SpecDocument.isNull(node)) {
            return derived;
        }
        if (!(node instanceof MappingNode columns)) {
            doc.wrongType(node, "'derived_columns' of " + mapping.where(), "a mapping", "derived_columns: {"
                    + DERIVED_EXAMPLE + "}");
            return derived;
        }
        String where = "derived_columns of " + mapping.where();
        SpecDocument.Section section = doc.section(columns, where, mapping.keyLocation("derived_columns"), null);
        for (Map.Entry<String, NodeTuple> entry : section.entries().entrySet()) {
            Ident name = new Ident(entry.getKey(), doc.at(entry.getValue().getKeyNode()));
            doc.checkName(name, "derived column");
            DerivedColumnSpec column = derivedColumn(name, entry.getValue().getValueNode(), where);
            if (column != null) {
                derived.add(column);
            }
        }
        return List.copyOf(derived);
    }

    private DerivedColumnSpec derivedColumn(Ident name, Node value, String where) {
        String what = "derived column '" + name.value() + "' of " + where;
        if (value instanceof ScalarNode) {
            Ident column = doc.nameValue(value, "source column", what, name.value() + ": <source column>");
            return column == null ? null : new DerivedColumnSpec(name, Form.COLUMN, column, null);
        }
        if (!(value instanceof MappingNode mappingNode)) {
            doc.wrongType(value, what, "a column name or a mapping", name.value() + ": " + DERIVED_EXAMPLE
                    .substring(DERIVED_EXAMPLE.indexOf(' ') + 1));
            return null;
        }
        List<String> allowed = new ArrayList<>(Arrays.stream(Form.values()).map(Form::key).toList());
        allowed.add("type");
        SpecDocument.Section spec = doc.section(mappingNode, what, doc.at(value), allowed);
        List<Form> given = Arrays.stream(Form.values()).filter(f -> spec.value(f.key()) != null).toList();
        if (given.size() != 1) {
            doc.diagnostics().error(doc.at(value), "spec.derived-column", what + (given.isEmpty()
                    ? " gives no value" : " gives " + given.size() + " values (" + String.join(", ",
                    given.stream().map(Form::key).toList()) + ")"), "give exactly one of column, constant, sql, var: "
                    + name.value() + ": {constant: <text>}");
            return null;
        }
        Form form = given.get(0);
        Node valueNode = spec.value(form.key());
        String text = doc.scalarText(valueNode, "'" + form.key() + "' of " + what, form.key() + ": <value>");
        if (text == null) {
            return null;
        }
        Ident parsed = new Ident(text, doc.at(valueNode));
        switch (form) {
            case COLUMN -> doc.checkName(parsed, "source column");
            case VAR -> {
                if (!VAR_NAME.matcher(text).matches()) {
                    doc.diagnostics().error(parsed.location(), "spec.derived-column", "'" + text + "' in " + what
                            + " is not a dbt var name", "use letters, digits and underscores: var: load_date");
                    return null;
                }
            }
            case SQL -> {
                if (text.isBlank()) {
                    doc.diagnostics().error(parsed.location(), "spec.derived-column", "the SQL expression of "
                            + what + " is empty", "write sql: <expression over the source columns>");
                    return null;
                }
            }
            case CONSTANT -> {
                // any one-line text: the parser already refused Jinja delimiters and control characters
            }
        }
        Ident type = dataType(spec.value("type"), what);
        return new DerivedColumnSpec(name, form, parsed, type);
    }

    private Map<String, Ident> columnTypes(SpecDocument.Section mapping) {
        Map<String, Ident> types = new LinkedHashMap<>();
        Node node = mapping.value("column_types");
        if (node == null || SpecDocument.isNull(node)) {
            return types;
        }
        if (!(node instanceof MappingNode columns)) {
            doc.wrongType(node, "'column_types' of " + mapping.where(), "a mapping",
                    "column_types: {<column>: <data type>}");
            return types;
        }
        String where = "column_types of " + mapping.where();
        SpecDocument.Section section = doc.section(columns, where, mapping.keyLocation("column_types"), null);
        section.entries().forEach((column, tuple) -> {
            doc.checkName(new Ident(column, doc.at(tuple.getKeyNode())), "column");
            Ident type = dataType(tuple.getValueNode(), "column '" + column + "' of " + where);
            if (type != null) {
                types.put(column, type);
            }
        });
        return Map.copyOf(types);
    }

    /** A data type, checked to be one SQL type name (nothing else can ride along into the DDL). */
    Ident dataType(Node node, String what) {
        if (node == null) {
            return null;
        }
        String text = doc.scalarText(node, "the data type of " + what, "type: varchar(100)");
        if (text == null) {
            return null;
        }
        Ident type = new Ident(text.trim(), doc.at(node));
        if (!DATA_TYPE.matcher(type.value()).matches()) {
            doc.diagnostics().error(type.location(), "spec.data-type", "'" + text + "' is not a data type (in "
                    + what + ")", "write one SQL type, e.g. varchar(100), timestamp, decimal(12, 2)");
            return null;
        }
        return type;
    }
}
