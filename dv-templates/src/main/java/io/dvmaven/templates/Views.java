package io.dvmaven.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The template-facing views: every value pre-named, pre-sorted and pre-quoted, so templates only place
 * text. Variables a template may use are exactly the record components below; any other name fails.
 */
final class Views {

    private Views() {
    }

    /** A list item with a {@code last} flag, for separators. */
    record Item(String name, boolean last) {
    }

    static List<Item> items(List<String> names) {
        List<Item> items = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            items.add(new Item(names.get(i), i == names.size() - 1));
        }
        return items;
    }

    static <T, R> List<R> map(List<T> list, Function<T, R> mapper) {
        return list.stream().map(mapper).toList();
    }

    // ---- SQL models -------------------------------------------------------------------------------

    /** {@code stage.sql.mustache}. */
    record StageView(String model, String rawSourceName, String rawTable, List<DerivedView> derivedColumns,
                     List<HashView> hashedColumns) {
    }

    /** A derived column; {@code value} is a YAML scalar, quoted when needed. */
    record DerivedView(String name, String value) {
    }

    /** A hashed column: {@code single} holds the one input of a single-column hash key. */
    record HashView(String name, boolean hashdiff, boolean singleColumn, String single, List<Item> columns) {
    }

    /** {@code hub.sql.mustache}. */
    record HubView(String model, String hashKey, boolean compositeKey, String businessKey,
                   List<Item> businessKeyColumns, boolean multiSource, String stageModel, List<Item> stageModels,
                   String loadTimestamp, String recordSource) {
    }

    /** {@code link.sql.mustache}. */
    record LinkView(String model, String hashKey, List<Item> hubHashKeys, boolean multiSource, String stageModel,
                    List<Item> stageModels, String loadTimestamp, String recordSource) {
    }

    /** {@code sat.sql.mustache}. */
    record SatView(String model, String hashKey, String hashdiff, List<Item> payload, String stageModel,
                   String loadTimestamp, String recordSource) {
    }

    /** {@code business_rule_test.sql.mustache}: a disabled singular test a person completes. */
    record RuleTemplateView(String name, String entity, String description, String severity,
                            List<Item> models, String firstModel) {
    }

    /** Files without variables (shipped macros). */
    record NoView() {
    }

    // ---- YAML -----------------------------------------------------------------------------------

    /** {@code schema.yml.mustache}: one folder's models. */
    record SchemaView(List<ModelDoc> models) {
    }

    /**
     * One model's documentation and tests; {@code description} is a ready YAML value (a quoted scalar or
     * a {@code |} block indented for this position).
     */
    record ModelDoc(String name, String description, boolean hasTests, List<TestDoc> tests, List<ColumnDoc> columns) {
    }

    record ColumnDoc(String name, String description, boolean hasTests, List<TestDoc> tests) {
    }

    /**
     * A data test: {@code yaml} is the test entry's text after "- ", already indented for its level
     * (generic tests with arguments span several lines).
     */
    record TestDoc(String yaml) {
    }

    /** {@code sources.yml.mustache}: one source system. */
    record SourcesView(String name, String description, String schema, List<TableDoc> tables) {
    }

    record TableDoc(String name, String description, List<ColumnDoc> columns) {
    }
}
