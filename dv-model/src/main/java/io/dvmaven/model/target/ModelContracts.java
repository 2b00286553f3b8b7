package io.dvmaven.model.target;

import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which vault models carry an enforced dbt model contract ({@code model_contracts: true} in the settings), with
 * the data type of every column they hold. A contract lists every column with its type, and dbt fails the build
 * when the model's SQL yields another type, so a column whose type is not known (no declared type) leaves its
 * model without a contract rather than with a guessed type.
 *
 * <p>Types come from the spec ({@code column_types}, a derived column's {@code type}) for the columns a stage
 * reads or derives, and per target for what AutomateDV computes: hash keys and hashdiffs are {@code BYTEA} on
 * PostgreSQL (AutomateDV's {@code postgres__type_binary}), upper-case hex text on DuckDB (the generated
 * {@code duckdb__type_binary} shim), {@code BINARY(n)} on Snowflake; a constant record source is a string
 * literal, {@code text} on PostgreSQL. Contracts are emitted for hubs, links and satellites on the targets where
 * the engine runs prove them ({@link #SUPPORTED_TARGETS}); the other kinds get none yet (their columns are not
 * all typed here: PIT and bridge tables are built by AutomateDV's own materialisations, the other satellites and
 * links compute further columns).
 */
public final class ModelContracts {

    /** The type of a string literal, per target that gets contracts. */
    private static final Map<String, String> STRING_TYPES = Map.of("duckdb", "varchar", "postgres", "text",
            "snowflake", "varchar");

    /**
     * Targets whose contracts the engine runs prove (Snowflake through fakesnow); the others get none: Spark and
     * Databricks would need their own type spellings (a {@code varchar} cast without length fails there) and are
     * not proven, SQL Server and BigQuery are generated and compiled only.
     */
    public static final List<String> SUPPORTED_TARGETS = List.of("duckdb", "postgres", "snowflake");

    private static final Pattern PLAIN_COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One vault model's contract, or why it has none.
     *
     * @param model   model name
     * @param columns column to data type, in the model's column order; empty when there is no contract
     * @param missing why there is no contract (a column without a known type), or {@code null}
     */
    public record Contract(String model, Map<String, String> columns, Missing missing) {

        public boolean enforced() {
            return missing == null;
        }
    }

    /**
     * Why a model has no contract: a column whose type is unknown, and where a type would be declared; or only a
     * reason ({@code column} and {@code stageColumn} {@code null}) that no declared type would change.
     *
     * @param column    the model's column, or {@code null}
     * @param entity    entity of the stage the column comes from
     * @param source    source mapping of that stage
     * @param stageColumn the stage column (raw or derived) that needs a type, or {@code null}
     * @param why       what is unknown, for the message
     */
    public record Missing(String column, String entity, String source, String stageColumn, String why) {
    }

    private final String hashType;
    private final String stringType;
    private final String loadTimestamp;
    private final String recordSource;
    private final Map<String, Stage> stages = new TreeMap<>();

    private ModelContracts(Vault vault, WarehouseTarget target, ProjectSettings settings, String loadTimestamp,
                           String recordSource) {
        this.hashType = hashType(target, settings.hashing().algorithm());
        this.stringType = STRING_TYPES.get(target.id());
        this.loadTimestamp = loadTimestamp;
        this.recordSource = recordSource;
        vault.stages().forEach(stage -> stages.put(stage.model(), stage));
    }

    /**
     * The type of hash keys and hashdiffs: upper-case hex text on DuckDB ({@code duckdb__type_binary} of the
     * generated shims), {@code BYTEA} on PostgreSQL, and on Snowflake AutomateDV's {@code default__type_binary}:
     * {@code BINARY(16)} for MD5, {@code BINARY(32)} for SHA-256.
     */
    static String hashType(WarehouseTarget target, String algorithm) {
        return switch (target.id()) {
            case "duckdb" -> "varchar";
            case "postgres" -> "bytea";
            case "snowflake" -> algorithm.equals("sha256") ? "binary(32)" : "binary(16)";
            default -> throw new IllegalArgumentException("no model contracts on " + target.id());
        };
    }

    /** True when {@code target} gets contracts. */
    public static boolean supports(WarehouseTarget target) {
        return SUPPORTED_TARGETS.contains(target.id());
    }

    /**
     * The contract of every hub, link and satellite, by model name; empty when contracts are off or the target
     * gets none.
     */
    public static Map<String, Contract> of(Vault vault, WarehouseTarget target, ProjectSettings settings,
                                           String loadTimestamp, String recordSource) {
        Map<String, Contract> contracts = new TreeMap<>();
        if (vault == null || !settings.contractsEnforced() || !supports(target)) {
            return contracts;
        }
        ModelContracts types = new ModelContracts(vault, target, settings, loadTimestamp, recordSource);
        vault.hubs().forEach(hub -> contracts.put(hub.model(), types.hub(hub)));
        vault.links().forEach(link -> contracts.put(link.model(), types.link(link)));
        vault.satellites().forEach(sat -> contracts.put(sat.model(), types.satellite(sat, settings)));
        return contracts;
    }

    private Contract hub(Hub hub) {
        Columns columns = new Columns(hub.model(), hub.stageModels());
        columns.computed(hub.hashKey(), hashType);
        hub.businessKeyColumns().forEach(columns::staged);
        columns.standard();
        return columns.contract();
    }

    private Contract link(Link link) {
        Columns columns = new Columns(link.model(), link.stageModels().stream().distinct().sorted().toList());
        columns.computed(link.hashKey(), hashType);
        for (LinkedHub hub : link.hubs()) {
            columns.computed(hub.hashKey(), hashType);
        }
        columns.standard();
        return columns.contract();
    }

    private Contract satellite(Satellite sat, ProjectSettings settings) {
        Columns columns = new Columns(sat.model(), List.of(sat.stageModel()));
        if (!sat.payloadExcludes().isEmpty()) {
            return columns.without("its payload is every source column but those excluded, which the spec does "
                    + "not list");
        }
        if (settings.ghostRecords()) {
            return columns.without("ghost records add a row whose load timestamp AutomateDV casts itself");
        }
        columns.computed(sat.hashKey(), hashType);
        columns.computed(sat.hashdiff(), hashType);
        sat.payload().forEach(attribute -> columns.staged(attribute.name()));
        if (sat.effectiveFrom() != null) {
            columns.staged(sat.effectiveFrom());
        }
        columns.staged(loadTimestamp);
        columns.staged(recordSource);
        sat.extraColumns().forEach(columns::staged);
        return columns.contract();
    }

    /** A model's columns as they are typed, the first unknown type ending the contract. */
    private final class Columns {
        private final String model;
        private final List<Stage> feeding = new ArrayList<>();
        private final Map<String, String> types = new LinkedHashMap<>();
        private Missing missing;

        Columns(String model, List<String> stageModels) {
            this.model = model;
            stageModels.stream().map(stages::get).filter(s -> s != null).forEach(feeding::add);
        }

        void computed(String column, String type) {
            types.putIfAbsent(column, type);
        }

        /** The record source, load timestamp and the extra columns every feeding stage carries. */
        void standard() {
            staged(recordSource);
            staged(loadTimestamp);
            if (!feeding.isEmpty()) {
                feeding.get(0).extraColumns().stream()
                        .filter(column -> feeding.stream().allMatch(s -> s.extraColumns().contains(column)))
                        .forEach(this::staged);
            }
        }

        /** A column selected from the stages: each must give it the same known type. */
        void staged(String column) {
            if (missing != null || types.containsKey(column)) {
                return;
            }
            if (feeding.isEmpty()) {
                missing = new Missing(column, null, null, null, "no staging model feeds " + model);
                return;
            }
            String agreed = null;
            for (Stage stage : feeding) {
                Typed typed = stageType(stage, column);
                if (typed.type() == null) {
                    missing = new Missing(column, stage.entity(), stage.source(), typed.stageColumn(), typed.why());
                    return;
                }
                if (agreed != null && !agreed.equalsIgnoreCase(typed.type())) {
                    missing = new Missing(column, stage.entity(), stage.source(), typed.stageColumn(), "its type "
                            + typed.type() + " differs from " + agreed + " in another stage loading " + model);
                    return;
                }
                agreed = agreed == null ? typed.type() : agreed;
            }
            types.put(column, agreed);
        }

        /** No contract, for a reason no declared type would change. */
        Contract without(String why) {
            return new Contract(model, Map.of(), new Missing(null, null, null, null, why));
        }

        Contract contract() {
            return missing != null ? new Contract(model, Map.of(), missing)
                    : new Contract(model, java.util.Collections.unmodifiableMap(types), null);
        }
    }

    /** A stage column's type, or the stage column lacking one and why. */
    private record Typed(String type, String stageColumn, String why) {
    }

    /** The type of {@code column} as {@code stage} yields it, if known. */
    private Typed stageType(Stage stage, String column) {
        Map<String, String> declared = stage.options().columnTypes();
        DerivedColumn derived = stage.derivedColumns().stream().filter(d -> d.name().equals(column)).findFirst()
                .orElse(null);
        if (derived == null) {
            String type = declared.get(column);
            return type != null ? new Typed(type, column, null) : new Typed(null, column, "raw column " + column
                    + " has no declared type");
        }
        if (derived.type() != null) {
            return new Typed(derived.type(), column, null);
        }
        String expression = derived.expression();
        if (derived.var() != null || expression != null && (expression.startsWith("!") || expression.startsWith("'"))
                && !derived.generatedSql()) {
            return new Typed(stringType, column, null); // a string literal
        }
        if (expression != null && !derived.generatedSql() && PLAIN_COLUMN.matcher(expression).matches()) {
            String type = declared.get(expression);
            return type != null ? new Typed(type, expression, null) : new Typed(null, expression, "raw column "
                    + expression + " (copied into " + column + ") has no declared type");
        }
        return new Typed(null, column, "derived column " + column + " is computed by SQL and has no type");
    }
}
