package io.dvmaven.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The template-facing views every kind shares: list items and the schema.yml documentation records. Each kind's
 * own view sits beside it ({@code io.dvmaven.templates.kinds.<kind>}). Every value is pre-named, pre-sorted and
 * pre-quoted, so templates only place text; variables a template may use are exactly the record components, and
 * any other name fails.
 */
public final class Views {

    private Views() {
    }

    /** A list item with a {@code last} flag, for separators. */
    public record Item(String name, boolean last) {
    }

    public static List<Item> items(List<String> names) {
        List<Item> items = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            items.add(new Item(names.get(i), i == names.size() - 1));
        }
        return items;
    }

    public static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
        return list.stream().map(mapper).toList();
    }

    /** Files without variables (shipped macros). */
    public record NoView() {
    }

    // ---- YAML -----------------------------------------------------------------------------------

    /** {@code schema.yml.mustache}: one folder's models. */
    public record SchemaView(List<ModelDoc> models) {
    }

    /**
     * One model's documentation and tests; {@code description} is a ready YAML value (a quoted scalar or
     * a {@code |} block indented for this position).
     */
    public record ModelDoc(String name, String description, boolean hasTests, List<TestDoc> tests,
                           List<ColumnDoc> columns, boolean contract) {

        /** A model without an enforced contract. */
        public ModelDoc(String name, String description, boolean hasTests, List<TestDoc> tests,
                        List<ColumnDoc> columns) {
            this(name, description, hasTests, tests, columns, false);
        }
    }

    /** A column; {@code dataType} is its type in the model's contract, or {@code null}. */
    public record ColumnDoc(String name, String description, boolean hasTests, List<TestDoc> tests,
                            String dataType) {

        public ColumnDoc(String name, String description, boolean hasTests, List<TestDoc> tests) {
            this(name, description, hasTests, tests, null);
        }
    }

    /**
     * A data test: {@code yaml} is the test entry's text after "- ", already indented for its level
     * (generic tests with arguments span several lines).
     */
    public record TestDoc(String yaml) {
    }
}
