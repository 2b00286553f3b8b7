package io.dvmaven.templates;

import io.dvmaven.model.target.WarehouseTarget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TargetMacrosTest {

    private static final Path AUTOMATE_DV_MACROS = Path.of("../../shared/vendor/automate_dv-0.11.5/macros");

    @Test
    void eachTargetGetsOnlyTheDispatchItNeeds() {
        assertThat(TargetMacros.files(WarehouseTarget.DUCKDB, true)).containsExactly(TargetMacros.DUCKDB_SHIMS);
        assertThat(TargetMacros.files(WarehouseTarget.DUCKDB, false)).isEmpty();
        assertThat(TargetMacros.files(WarehouseTarget.SPARK, true)).containsExactly(TargetMacros.SPARK_DISPATCH);
        for (WarehouseTarget target : Set.of(WarehouseTarget.POSTGRES, WarehouseTarget.SNOWFLAKE,
                WarehouseTarget.DATABRICKS, WarehouseTarget.SQLSERVER, WarehouseTarget.BIGQUERY)) {
            assertThat(TargetMacros.files(target, true)).as(target.id()).isEmpty();
        }
    }

    /** Every databricks__ macro of the real AutomateDV has a spark__ twin with the same parameters. */
    @Test
    void sparkDispatchCoversEveryDatabricksMacroOfAutomateDv() throws IOException {
        assumeTrue(Files.isDirectory(AUTOMATE_DV_MACROS), "AutomateDV 0.11.5 is not at " + AUTOMATE_DV_MACROS);
        Set<String> databricks = new TreeSet<>();
        Pattern definition = Pattern.compile("macro databricks__(\\w+\\([^)]*\\))");
        try (Stream<Path> files = Files.walk(AUTOMATE_DV_MACROS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
                Matcher matcher = definition.matcher(Files.readString(file));
                while (matcher.find()) {
                    databricks.add(matcher.group(1));
                }
            }
        }
        String template;
        try (InputStream in = TargetMacros.class.getResourceAsStream(
                "/io/dvmaven/templates/dbt/" + TargetMacros.SPARK_DISPATCH + ".sql.mustache")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> spark = new TreeSet<>();
        Matcher matcher = Pattern.compile("macro spark__(\\w+\\([^)]*\\))").matcher(template);
        while (matcher.find()) {
            spark.add(matcher.group(1));
        }
        assertThat(databricks).hasSize(26);
        assertThat(spark).isEqualTo(databricks);
        assertThat(template).contains("{%- do return(automate_dv.databricks__hub(src_pk=src_pk, src_nk=src_nk,");
    }
}
