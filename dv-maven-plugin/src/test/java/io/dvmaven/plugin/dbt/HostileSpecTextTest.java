package io.dvmaven.plugin.dbt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.target.WarehouseTarget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arbitrary text through every free-text field of a spec, end to end. Each seeded text goes into one field at a
 * time: the spec is either refused with errors located on that field's line, or accepted. Every accepted text then
 * goes through the generator into one dbt project, which the real AutomateDV builds on DuckDB with one raw row per
 * entity: {@code dbt build} must pass, the record source and the constant land in the vault exactly as written, and
 * no compiled SQL holds the marker word outside a comment or string literal (a text that broke out of its comment
 * or literal would put it there).
 */
@Tag("engines")
@DisabledOnOs(OS.WINDOWS)
class HostileSpecTextTest {

    private static final Path VENDOR = Path.of("..").toAbsolutePath().normalize().resolve("../shared/vendor")
            .normalize();
    private static final Path WORK = Path.of("target/hostile-spec-text").toAbsolutePath();
    private static final String MARKER = "pwned";
    private static final String[] PIECES = {"{{", "}}", "{%", "%}", "{#", "#}", "{", "}", "'", "''", "\"", "\\",
        "\n", "\r\n", "\t", "--", "/*", "*/", ";", "\u00e9", "\u65e5\u672c", "\ud83d\ude00", " ", "x y", "${", "%",
        ": ", "#", "- ", "&a", "*a", "!", "|", ">", "?", ",", "[", "]", "\u2028", "\u0007", "select 1 as " + MARKER,
        "') as " + MARKER + " --", MARKER};
    private static final int TEXTS_PER_FIELD = 60;
    private static final int ENTITIES_BUILT = 12;

    /** Every free-text field of the spec template: its placeholder. */
    private static final List<String> FIELDS = List.of("entity_description", "satellite_description",
            "attribute_description", "link_description", "record_source", "source_description", "constant",
            "rule_description");

    @TempDir
    Path dir;

    @Test
    void everyFieldRefusesATextAtItsLineOrCarriesItInert() throws Exception {
        Map<String, List<String>> accepted = acceptedTextsPerField();
        for (String field : FIELDS) {
            assertThat(accepted.get(field)).as("texts accepted in " + field).isNotEmpty();
        }
        assertThat(accepted.get("entity_description")).as("descriptions keep quotes, line breaks and comment openers")
                .anyMatch(t -> t.contains("\n")).anyMatch(t -> t.contains("'")).anyMatch(t -> t.contains("--"));

        Path python = KindScenariosTest.python(System.getenv("DV_ENGINE_DUCKDB_PYTHON"), "duckdb");
        assumeTrue(python != null, "no dbt-duckdb Python (DV_ENGINE_DUCKDB_PYTHON or dbt on the PATH)");
        assumeTrue(Files.isRegularFile(VENDOR.resolve("automate_dv-0.11.5/dbt_project.yml")),
                "the real AutomateDV is not at " + VENDOR + " (../shared/vendor beside the clone)");
        buildAcceptedTextsWithTheRealPackage(accepted, python);
    }

    /** Phase one, in process: each text in each field alone; refusals must sit on that field's line. */
    private Map<String, List<String>> acceptedTextsPerField() throws Exception {
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        for (String field : FIELDS) {
            List<String> ok = new ArrayList<>();
            for (String text : texts(field.hashCode(), TEXTS_PER_FIELD)) {
                Path project = Files.createDirectories(dir.resolve("phase1"));
                Path specs = Files.createDirectories(project.resolve("specs"));
                Files.writeString(specs.resolve("anchor.yml"), ANCHOR, StandardCharsets.UTF_8);
                Map<String, String> values = plainValues();
                values.put(field, text);
                String spec = spec("e", "t", values);
                Files.writeString(specs.resolve("e.yml"), spec, StandardCharsets.UTF_8);
                DesignResult result = DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults());
                int line = lineOf(spec, "#" + field);
                List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
                for (Diagnostic error : errors) {
                    assertThat(error.location().file() + ":" + error.location().line())
                            .as("%s with %s: %s", field, Json.write(text), error.format())
                            .isEqualTo("specs/e.yml:" + line);
                    assertThat(error.code()).startsWith("spec.");
                    assertThat(error.fix()).as(error.format()).isNotBlank();
                }
                if (errors.isEmpty()) {
                    ok.add(text);
                }
            }
            accepted.put(field, ok);
        }
        return accepted;
    }

    /** Phase two: entity i carries accepted text i of each field; one real build, rows and compiled SQL checked. */
    @SuppressWarnings("unchecked")
    private void buildAcceptedTextsWithTheRealPackage(Map<String, List<String>> accepted, Path python)
            throws Exception {
        Path work = WORK;
        DbtPackages.deleteTree(work);
        Path project = Files.createDirectories(work.resolve("project"));
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("anchor.yml"), ANCHOR, StandardCharsets.UTF_8);
        List<Object> rawTables = new ArrayList<>(List.of(rawTable("anchors", "anchor_id")));
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("raw_hostile.anchors", List.of(List.of("A1", "2024-01-01 00:00:00")));
        List<Object> checks = new ArrayList<>();
        List<Object> expected = new ArrayList<>();
        List<Map<String, String>> descriptionTexts = new ArrayList<>();
        for (int i = 0; i < ENTITIES_BUILT; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : FIELDS) {
                List<String> texts = accepted.get(field);
                values.put(field, texts.get(i % texts.size()));
            }
            String entity = "e" + i;
            Files.writeString(specs.resolve(entity + ".yml"), spec(entity, "t" + i, values), StandardCharsets.UTF_8);
            rawTables.add(rawTable("t" + i, entity + "_id", "anchor_id", "attr"));
            rows.put("raw_hostile.t" + i, List.of(List.of("K" + i, "A1", "v" + i, "2024-01-01 00:00:00")));
            checks.add(Map.of("name", entity, "sql", "select s.record_source, s.note, s.attr from {vault}.s_"
                    + entity + "_details_src s"));
            expected.add(List.of(values.get("record_source"), values.get("constant"), "v" + i));
            descriptionTexts.add(values);
        }
        Files.writeString(project.resolve("dbt_project.yml"), "name: dv_hostile\nversion: \"1.0.0\"\n"
                + "config-version: 2\nprofile: dv_scenario\nmodel-paths: [\"models\"]\nmacro-paths: [\"macros\"]\n"
                + "test-paths: [\"tests\"]\n", StandardCharsets.UTF_8);
        new DvGenerator().generate(GenerateRequest.defaults(project)
                .withTarget(WarehouseTarget.of("duckdb").orElseThrow()), new CapturingLog());
        Path packages = Files.createDirectories(project.resolve("dbt_packages"));
        Files.createSymbolicLink(packages.resolve("automate_dv"), VENDOR.resolve("automate_dv-0.11.5"));
        Files.createSymbolicLink(packages.resolve("dbt_utils"), VENDOR.resolve("dbt_utils-1.3.3"));

        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("work", work.toString());
        plan.put("project", project.toString());
        plan.put("profile", "dv_scenario");
        plan.put("postgresDatabase", "dv_hostile");
        plan.put("rawTables", rawTables);
        plan.put("loads", List.of(Map.of("rows", rows)));
        plan.put("vaultTables", List.of());
        plan.put("checks", checks);
        Path planFile = work.resolve("plan.json");
        Files.writeString(planFile, Json.write(plan), StandardCharsets.UTF_8);
        Map<String, Object> result = KindScenariosTest.harness("duckdb", python, work, planFile);

        String log = work.resolve("harness.log").toString();
        Map<String, Object> load = ((List<Map<String, Object>>) result.get("loads")).get(0);
        assertThat(((Number) ((Map<String, Object>) load.get("build")).get("ERROR")).intValue())
                .as("dbt build errors; log " + log).isZero();
        Map<String, Object> landed = (Map<String, Object>) load.get("checks");
        for (int i = 0; i < ENTITIES_BUILT; i++) {
            assertThat(landed.get("e" + i)).as("record source, constant and attribute of e" + i)
                    .isEqualTo(Map.of("rows", List.of(expected.get(i))));
        }
        Map<String, Object> manifest = (Map<String, Object>) Json.parse(
                Files.readString(project.resolve("target/manifest.json"), StandardCharsets.UTF_8));
        String descriptions = normalised(descriptions(manifest));
        for (int i = 0; i < ENTITIES_BUILT; i++) {
            for (String field : List.of("entity_description", "satellite_description", "attribute_description",
                    "link_description", "source_description", "rule_description")) {
                String text = descriptionTexts.get(i).get(field);
                assertThat(descriptions).as("%s of e%d in the manifest's descriptions", field, i)
                        .contains(normalised(text));
            }
        }
        int compiled = 0;
        for (Object node : ((Map<String, Object>) manifest.get("nodes")).values()) {
            Object code = ((Map<String, Object>) node).get("compiled_code");
            if (code instanceof String sql) {
                assertThat(outsideCommentsAndLiterals(sql)).as(() -> "compiled " + ((Map<?, ?>) node)
                        .get("unique_id") + ":\n" + sql).doesNotContainIgnoringCase(MARKER);
                compiled++;
            }
        }
        assertThat(compiled).as("compiled models and tests").isGreaterThan(ENTITIES_BUILT * 4);
    }

    private static final String ANCHOR = """
            entity:
              name: anchor
            hub:
              business_key: [anchor_id]
              sources: [src]
            source_mappings:
              src: {schema: raw_hostile, table: anchors, key_field: anchor_id}
            """;

    /** One entity's spec; each free-text field is on its own line, marked by a comment naming it. */
    private static String spec(String entity, String table, Map<String, String> values) {
        return """
                entity:
                  name: %1$s
                  description: %3$s #entity_description
                hub:
                  business_key: [%1$s_id]
                  sources: [src]
                satellites:
                  - name: details
                    description: %4$s #satellite_description
                    attributes:
                      - {name: attr, description: %5$s} #attribute_description
                      - note
                    sources: [src]
                links:
                  - name: %1$s_anchor
                    related_hub: anchor
                    description: %6$s #link_description
                    sources: [src]
                    related_keys: {src: anchor_id}
                source_mappings:
                  src:
                    schema: raw_hostile
                    table: %2$s
                    key_field: %1$s_id
                    record_source: %7$s #record_source
                    description: %8$s #source_description
                    derived_columns:
                      note: {constant: %9$s} #constant
                business_rules:
                  - name: attr_known
                    satellite: details
                    condition: "attr is not null"
                    description: %10$s #rule_description
                """.formatted(entity, table, yaml(values.get("entity_description")),
                yaml(values.get("satellite_description")), yaml(values.get("attribute_description")),
                yaml(values.get("link_description")), yaml(values.get("record_source")),
                yaml(values.get("source_description")), yaml(values.get("constant")),
                yaml(values.get("rule_description")));
    }

    private static Map<String, String> plainValues() {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, "plain"));
        return values;
    }

    /** A YAML double-quoted scalar (JSON's string syntax is one), so every text survives the spec file as is. */
    private static String yaml(String text) {
        return Json.write(text);
    }

    private static int lineOf(String text, String marker) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].endsWith(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError(marker + " not in the template");
    }

    private static List<String> texts(long seed, int count) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        while (texts.size() < count) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (!text.toString().isBlank()) {
                texts.add(text.toString());
            }
        }
        return texts;
    }

    private static Map<String, Object> rawTable(String name, String... stringColumns) {
        List<Object> columns = new ArrayList<>();
        for (String column : stringColumns) {
            columns.add(Map.of("name", column, "type", "string"));
        }
        columns.add(Map.of("name", "load_timestamp", "type", "timestamp"));
        return Map.of("schema", "raw_hostile", "name", name, "columns", columns);
    }

    private static final Pattern COMMENT_OR_LITERAL = Pattern.compile(
            "--[^\\n]*|/\\*.*?\\*/|'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"", Pattern.DOTALL);

    /** The SQL with its comments, string literals and quoted identifiers cut out. */
    static String outsideCommentsAndLiterals(String sql) {
        return COMMENT_OR_LITERAL.matcher(sql).replaceAll(" ");
    }

    /** Every description in the manifest (models, tests, sources and their columns), one per line. */
    @SuppressWarnings("unchecked")
    private static String descriptions(Map<String, Object> manifest) {
        StringBuilder all = new StringBuilder();
        for (String section : List.of("nodes", "sources")) {
            for (Object node : ((Map<String, Object>) manifest.get(section)).values()) {
                Map<String, Object> fields = (Map<String, Object>) node;
                all.append(fields.get("description")).append('\n');
                Object columns = fields.get("columns");
                if (columns instanceof Map<?, ?> byName) {
                    for (Object column : byName.values()) {
                        all.append(((Map<String, Object>) column).get("description")).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    /** Runs of white space as one space: YAML folds line breaks of a description, which is fine. */
    private static String normalised(String text) {
        return text.replaceAll("[\\s\u2028]+", " ").trim();
    }
}
