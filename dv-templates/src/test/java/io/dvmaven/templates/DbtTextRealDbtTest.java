package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dvmaven.model.json.Json;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile texts through every escaping function into a real dbt project (schema YAML descriptions, a literal
 * block description, accepted values, SQL comments and literals), then {@code dbt compile}: the manifest must
 * hold each text exactly as written, which it could not if any of it had run as Jinja or broken out as SQL.
 * Uses the {@code dbt} on the PATH (with dbt-duckdb); skipped with the reason when there is none.
 */
class DbtTextRealDbtTest {

    private static final int CASES = 120;

    @TempDir
    Path project;

    @Test
    void dbtReadsEveryEscapedTextBackExactly() throws Exception {
        Path dbt = dbtOnPath();
        assumeTrue(dbt != null, "no dbt on the PATH (put dbt 1.10 with dbt-duckdb on it to run this test)");
        List<String> texts = HostileText.generate(7L, CASES, false);
        Files.writeString(project.resolve("dbt_project.yml"), "name: trust\nversion: '1.0'\nconfig-version: 2\n"
                + "profile: trust\nmodel-paths: [models]\n");
        Files.writeString(project.resolve("profiles.yml"), "trust:\n  target: dev\n  outputs:\n    dev:\n"
                + "      type: duckdb\n      path: ':memory:'\n");
        Path models = Files.createDirectories(project.resolve("models"));
        StringBuilder sql = new StringBuilder("{{ config(materialized='view') }}\nselect\n");
        StringBuilder yaml = new StringBuilder("version: 2\nmodels:\n  - name: m\n    description: "
                + YamlText.block(texts.get(0) + "\n" + texts.get(1), "      ") + "\n    columns:\n");
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            sql.append("  -- ").append(DbtText.sqlLineComment(text)).append('\n');
            sql.append("  ").append(DbtText.sqlStringLiteral(text)).append(" as c").append(i)
                    .append(i + 1 < texts.size() ? ",\n" : "\n");
            yaml.append("      - name: c").append(i).append("\n        description: ")
                    .append(DbtText.yamlScalar(text)).append('\n');
            if (i < 20) {
                yaml.append("        data_tests:\n          - accepted_values:\n              arguments:\n"
                        + "                values: [").append(DbtText.yamlSingleQuoted(text)).append("]\n");
            }
        }
        Files.writeString(models.resolve("m.sql"), sql);
        Files.writeString(models.resolve("schema.yml"), yaml);

        Process process = new ProcessBuilder(dbt.toString(), "compile", "--project-dir", project.toString(),
                "--profiles-dir", project.toString(), "--select", "m").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(project.resolve("dbt.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(() -> read(project.resolve("dbt.log"))).isZero();

        Map<?, ?> manifest = (Map<?, ?>) Json.parse(read(project.resolve("target/manifest.json")));
        Map<?, ?> model = (Map<?, ?>) ((Map<?, ?>) manifest.get("nodes")).get("model.trust.m");
        assertThat(model.get("description")).isEqualTo(texts.get(0).lines().map(DbtText::oneLine)
                .map(l -> l.isBlank() ? "" : l).reduce((a, b) -> a + "\n" + b).orElse("") + "\n"
                + texts.get(1).lines().map(DbtText::oneLine).map(l -> l.isBlank() ? "" : l)
                .reduce((a, b) -> a + "\n" + b).orElse(""));
        Map<?, ?> columns = (Map<?, ?>) model.get("columns");
        String compiled = (String) model.get("compiled_code");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Object description = ((Map<?, ?>) columns.get("c" + i)).get("description");
            if (!jinjaNewlines(text, true).equals(description)) {
                wrong.add("c" + i + " description " + Json.write(description) + " != "
                        + Json.write(jinjaNewlines(text, true)));
            }
            if (!compiled.contains("  -- " + DbtText.oneLine(text) + "\n  '"
                    + jinjaNewlines(text, false).replace("'", "''") + "' as c" + i)) {
                wrong.add("c" + i + " SQL");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Jinja writes every line break as LF and drops one at the end of what it renders; dbt renders a YAML value
     * only when it holds a Jinja delimiter (an opener or a closer).
     */
    private static String jinjaNewlines(String text, boolean whole) {
        String inert = DbtText.jinjaInert(text);
        if (whole && java.util.stream.Stream.of("{{", "{%", "{#", "}}", "%}", "#}").noneMatch(inert::contains)) {
            return text;
        }
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return whole && lf.endsWith("\n") ? lf.substring(0, lf.length() - 1) : lf;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path dbtOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "dbt");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
