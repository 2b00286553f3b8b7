package io.dvmaven.model.target;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The warehouse a generated project runs on ({@code dv.target}), with what differs between them for the vault
 * AutomateDV 0.11.5 builds. Facts recorded here were proven by the engine matrix test where a server runs on the
 * build machine (duckdb, postgres, snowflake via fakesnow, spark); the others are generated and compiled only.
 * The incremental configuration of the vault models is {@link IncrementalConfig}.
 *
 * @param id                 the name in {@code dv.target} and in a dbt profile's {@code type:}
 * @param maxIdentifierLength longest table or column name the warehouse keeps
 * @param hashType           how AutomateDV stores hash keys and hashdiffs there
 * @param quoting            how a name that needs it is quoted (AutomateDV itself emits names unquoted)
 * @param ranHere            whether CI builds the vault on this target (else generated and compiled only)
 */
public record WarehouseTarget(String id, int maxIdentifierLength, String hashType, String quoting,
                              boolean ranHere) {

    public static final WarehouseTarget DUCKDB = new WarehouseTarget("duckdb", Integer.MAX_VALUE,
            "VARCHAR, upper-case hex (generated duckdb__ shims)", "\"name\"", true);
    public static final WarehouseTarget POSTGRES = new WarehouseTarget("postgres", 63,
            "BYTEA", "\"name\"", true);
    public static final WarehouseTarget SNOWFLAKE = new WarehouseTarget("snowflake", 255,
            "BINARY(16)", "\"NAME\"", true);
    public static final WarehouseTarget DATABRICKS = new WarehouseTarget("databricks", 255,
            "STRING, upper-case hex", "`name`", false);
    public static final WarehouseTarget SPARK = new WarehouseTarget("spark", 128,
            "STRING, upper-case hex (Databricks macros via generated spark__ dispatch)", "`name`", true);
    public static final WarehouseTarget SQLSERVER = new WarehouseTarget("sqlserver", 128,
            "BINARY(16)", "[name]", false);
    public static final WarehouseTarget BIGQUERY = new WarehouseTarget("bigquery", 300,
            "STRING, upper-case hex", "`name`", false);

    /** Every target, the default first. */
    public static final java.util.List<WarehouseTarget> ALL = java.util.List.of(DUCKDB, POSTGRES, SNOWFLAKE,
            DATABRICKS, SPARK, SQLSERVER, BIGQUERY);

    /** The default: the embedded DuckDB dv:verify runs on. */
    public static WarehouseTarget defaultTarget() {
        return DUCKDB;
    }

    /** The target named {@code id} (case-insensitive), if known. */
    public static Optional<WarehouseTarget> of(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(target -> target.id.equals(wanted)).findFirst();
    }

    /** The known ids, for messages. */
    public static String ids() {
        return ALL.stream().map(WarehouseTarget::id).collect(Collectors.joining(", "));
    }

    /** Words the target reserves (upper case), from {@code reserved-<id>.txt} beside this class. */
    public Set<String> reservedWords() {
        String resource = "reserved-" + id + ".txt";
        try (InputStream in = WarehouseTarget.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> words = new TreeSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.split("\\s+")))
                    .forEach(word -> words.add(word.toUpperCase(Locale.ROOT)));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
