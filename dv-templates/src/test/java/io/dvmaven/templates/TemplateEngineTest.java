package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.templates.kinds.hub.HubView;
import io.dvmaven.templates.kinds.sat.SatView;
import io.dvmaven.model.target.IncrementalConfig;
import io.dvmaven.model.target.WarehouseTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

    @TempDir
    Path templates;

    record Named(String name) {
    }

    @Test
    void missingVariableIsAnErrorNamingTemplateAndVariable() throws Exception {
        Files.writeString(templates.resolve("t.sql.mustache"), "select {{name}}, {{colour}}\n");
        TemplateEngine engine = new TemplateEngine(templates);

        assertThatThrownBy(() -> engine.render("t.sql.mustache", new Named("x")))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template t.sql.mustache uses variable 'colour', which its view does not have (remove"
                        + " it from the template, or use one of the documented variables)")
                .extracting(e -> ((TemplateException) e).templateName()).isEqualTo("t.sql.mustache");
    }

    @Test
    void missingSectionIsAnErrorToo() throws Exception {
        Files.writeString(templates.resolve("t.mustache"), "{{#columns}}{{name}}{{/columns}}");

        assertThatThrownBy(() -> new TemplateEngine(templates).render("t.mustache", new Named("x")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("uses variable 'columns'");
    }

    @Test
    void nullValuesAndEmptyListsOfKnownVariablesAreFine() throws Exception {
        Files.writeString(templates.resolve("t.mustache"), "[{{name}}]{{#items}}x{{/items}}");

        assertThat(new TemplateEngine(templates).render("t.mustache",
                Map.of("name", "", "items", List.of()))).isEqualTo("[]");
    }

    @Test
    void valuesAreNotHtmlEscaped() throws Exception {
        Files.writeString(templates.resolve("t.mustache"), "{{name}}|{{{name}}}");

        assertThat(new TemplateEngine(templates).render("t.mustache", new Named("a < b && c = 'x' \"y\"")))
                .isEqualTo("a < b && c = 'x' \"y\"|a < b && c = 'x' \"y\"");
    }

    @Test
    void userTemplateOverridesTheBuiltInOneFileByFile() throws Exception {
        Files.writeString(templates.resolve("hub.sql.mustache"), "custom hub {{model}}");
        TemplateEngine engine = new TemplateEngine(templates);
        SatView sat = new SatView("s", "hk", "hd", Views.items(List.of("a")), "stg", "ldts", "rs", null, List.of(),
                List.of(), false);
        HubView hub = new HubView("h_x", "x_hk", false, "x_bk", Views.items(List.of("x_bk")), false,
                "stg_x", Views.items(List.of("stg_x")), "ldts", "rs", List.of());

        assertThat(engine.render("hub.sql.mustache", hub)).isEqualTo("custom hub h_x");
        assertThat(engine.render("sat.sql.mustache", withProjectScope(sat))).contains("automate_dv.sat(");
    }

    @Test
    void partialsResolveThroughTheSameChain() throws Exception {
        Files.createDirectories(templates.resolve("partials"));
        Files.writeString(templates.resolve("partials/column.mustache"), "      - name: {{name}} # custom");
        TemplateEngine engine = new TemplateEngine(templates);
        Views.ColumnDoc column = new Views.ColumnDoc("c1", "\"d\"", false, List.of());
        Views.SchemaView view = new Views.SchemaView(List.of(
                new Views.ModelDoc("m", "\"desc\"", false, List.of(), List.of(column))));

        assertThat(engine.render("schema.yml.mustache", view)).contains("      - name: c1 # custom\n");
    }

    @Test
    void builtInTemplatesApplyWithoutAUserDirectory() throws Exception {
        HubView hub = new HubView("h_x", "x_hk", false, "x_bk", Views.items(List.of("x_bk")), false,
                "stg_x", Views.items(List.of("stg_x")), "load_timestamp", "record_source",
                List.of());

        assertThat(new TemplateEngine(null).render("hub.sql.mustache", withProjectScope(hub)))
                .contains("{{ config(materialized='incremental', incremental_strategy='append',"
                        + " on_schema_change='append_new_columns') }}")
                .contains("{%- set source_model = \"stg_x\" -%}")
                .contains("{%- set src_nk = \"x_bk\" -%}")
                .doesNotContain("<%");
    }

    /** A view under the names every template can use, as the renderer passes it. */
    private static Object[] withProjectScope(Object view) {
        return new Object[] {new DbtProjectRenderer.ProjectScope(IncrementalConfig.defaults(WarehouseTarget.DUCKDB)
                .configArguments()), view};
    }

    @Test
    void unknownTemplateIsReported() {
        assertThatThrownBy(() -> new TemplateEngine(templates).render("nope.sql.mustache", new Named("x")))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template nope.sql.mustache not found");
    }
}
