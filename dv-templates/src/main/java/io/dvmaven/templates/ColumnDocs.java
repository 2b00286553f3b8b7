package io.dvmaven.templates;

import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.vault.Attribute;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.TestDoc;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Column documentation and data tests as they appear in schema.yml, and the wording helpers every kind's
 * documentation shares.
 */
public final class ColumnDocs {

    /** Indentation of a column-level test's continuation lines in schema.yml. */
    public static final String COLUMN_TEST_INDENT = " ".repeat(14);
    /** Indentation of a model-level test's continuation lines in schema.yml. */
    public static final String MODEL_TEST_INDENT = " ".repeat(10);
    /** Indentation of a model description's block lines in schema.yml. */
    public static final String MODEL_DESCRIPTION_INDENT = "      ";

    private ColumnDocs() {
    }

    /**
     * A column; {@code description} is plain text, quoted here, or null (or blank) for a column nobody
     * described: it then gets no description, so documentation coverage shows it as missing.
     */
    public static ColumnDoc column(String name, String description, List<TestDoc> tests) {
        return new ColumnDoc(name, description == null || description.isBlank() ? null : YamlText.quote(description),
                !tests.isEmpty(), tests);
    }

    /** A data test without arguments ({@code unique}, {@code not_null}). */
    public static TestDoc test(String name) {
        return new TestDoc(name);
    }

    /** The model-level test that the columns are unique together ({@code [customer_hk, load_timestamp]}). */
    public static TestDoc uniqueCombination(String... columns) {
        return new TestDoc("dv_unique_combination_of_columns:\n" + MODEL_TEST_INDENT + "arguments:\n"
                + MODEL_TEST_INDENT + "  combination_of_columns: [" + String.join(", ", columns) + "]");
    }

    /** A column-level {@code relationships} test to a hub's hash key. */
    public static TestDoc relationships(String hubModel, String hashKey) {
        return new TestDoc("relationships:\n" + COLUMN_TEST_INDENT + "arguments:\n" + COLUMN_TEST_INDENT
                + "  to: ref('" + hubModel + "')\n" + COLUMN_TEST_INDENT + "  field: " + hashKey);
    }

    /** A {@code relationships} test to a hub's hash key that leaves out the satellite's ghost record. */
    public static TestDoc relationshipsWithoutGhost(String hubModel, String hashKey, String recordSourceColumn) {
        return withoutGhost(relationships(hubModel, hashKey).yaml(), recordSourceColumn);
    }

    /** {@code not_null} leaving out the ghost record, whose natural key (a reference code) is NULL. */
    public static TestDoc notNullWithoutGhost(String recordSourceColumn) {
        return withoutGhost("not_null:", recordSourceColumn);
    }

    private static TestDoc withoutGhost(String test, String recordSourceColumn) {
        return new TestDoc(test + "\n" + COLUMN_TEST_INDENT + "config:\n" + COLUMN_TEST_INDENT + "  where: \""
                + recordSourceColumn + " <> '" + ProjectSettings.GHOST_RECORD_SOURCE + "'\"");
    }

    /** The record source column: not null, and one of the values its stages write. */
    public static ColumnDoc recordSourceColumn(String column, String what, List<String> recordSources) {
        if (recordSources.contains(COMPUTED_RECORD_SOURCE)) {
            // a stage computes the value per row: the values are not known here
            return column(column, what + " (" + String.join(", ", recordSources) + ")", List.of(test("not_null")));
        }
        String values = recordSources.stream().map(DbtText::acceptedValue).collect(Collectors.joining(", "));
        return column(column, what + " (one of: " + String.join(", ", recordSources) + ")",
                List.of(test("not_null"), new TestDoc("accepted_values:\n" + COLUMN_TEST_INDENT + "arguments:\n"
                        + COLUMN_TEST_INDENT + "  values: ["
                        + values + "]")));
    }

    /** How a record source computed per row by a staging model's derived column is listed. */
    public static final String COMPUTED_RECORD_SOURCE = "computed per row in the staging model";

    /** An attribute's description from its spec, or null: a description is never made up from a name. */
    public static String attributeDescription(Attribute a) {
        return a.description() == null || a.description().isBlank() ? null : a.description();
    }

    /** {@code member_status} as {@code Member Status}. */
    public static String title(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean wordStart = true;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                wordStart = true;
                continue;
            }
            if (wordStart && !out.isEmpty()) {
                out.append(' ');
            }
            out.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = false;
        }
        return out.toString();
    }

    /** {@code value}, or {@code fallback} when it is null or blank. */
    public static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
