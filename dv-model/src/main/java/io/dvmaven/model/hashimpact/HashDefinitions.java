package io.dvmaven.model.hashimpact;

import io.dvmaven.model.settings.HashSettings;
import io.dvmaven.model.vault.ComputesHashes;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.StoresStagedHashes;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.model.vault.VaultObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** The definition of every hash column of a vault, by {@code stage.column}. */
public final class HashDefinitions {

    private HashDefinitions() {
    }

    public static SortedMap<String, HashDefinition> of(Vault vault, HashSettings settings) {
        SortedMap<String, HashDefinition> definitions = new TreeMap<>();
        StoringModels storing = new StoringModels(vault);
        for (Stage stage : vault.stages()) {
            for (HashedColumn hashed : stage.hashedColumns()) {
                List<String> columns = new ArrayList<>(hashed.columns());
                if (hashed.hashdiff()) {
                    columns.sort(null); // AutomateDV sorts hashdiff inputs before hashing
                }
                List<String> inputs = columns.stream().map(c -> input(stage, c)).toList();
                if (hashed.excludes()) { // AutomateDV hashes every source column except these
                    inputs = inputs.stream().map(c -> "except " + c).toList();
                }
                HashDefinition definition = definition(stage.model(), hashed.name(), hashed.hashdiff(), inputs,
                        settings, storing.of(stage.model(), hashed.name()));
                definitions.put(definition.key(), definition);
            }
        }
        for (var object : vault.furtherObjects()) {
            if (object instanceof ComputesHashes computes) {
                for (ComputesHashes.ComputedHash hash : computes.computedHashes()) {
                    List<String> inputs = new ArrayList<>(hash.inputs());
                    if (hash.hashdiff()) {
                        inputs.sort(null);
                    }
                    HashDefinition definition = definition(hash.model(), hash.column(), hash.hashdiff(), inputs,
                            settings, hash.storedBy());
                    definitions.put(definition.key(), definition);
                }
            }
        }
        return definitions;
    }

    private static HashDefinition definition(String model, String column, boolean hashdiff, List<String> inputs,
                                             HashSettings settings, List<String> storedBy) {
        boolean several = inputs.size() > 1;
        return new HashDefinition(model, column, hashdiff, inputs, settings.algorithm(), settings.casing(),
                several ? settings.concatString() : null, several || hashdiff ? settings.nullPlaceholder() : null,
                storedBy);
    }

    /** The stage column, with the source column it comes from when it is derived from one. */
    private static String input(Stage stage, String column) {
        for (DerivedColumn derived : stage.derivedColumns()) {
            if (derived.name().equals(column)) {
                String source = derived.var() != null ? "var('" + derived.var() + "')"
                        : derived.generatedSql() ? guardedField(derived.expression()) : derived.expression();
                return source.equals(column) ? column : column + " <- " + source;
            }
        }
        return column;
    }

    /** The field a guarded key part copies ({@code CASE WHEN ... THEN field END}). */
    private static String guardedField(String expression) {
        int then = expression.lastIndexOf(" THEN ");
        return then < 0 ? expression : expression.substring(then + 6, expression.length() - 4);
    }

    /**
     * The models storing each staged hash column, by stage and column, gathered in one pass over the vault (a
     * scan of every hub, link and satellite per hash column grew with the square of the design).
     */
    private static final class StoringModels {

        private final Map<String, Map<String, TreeSet<String>>> byStage = new HashMap<>();
        private final List<VaultObject> further = new ArrayList<>();

        StoringModels(Vault vault) {
            for (Hub hub : vault.hubs()) {
                hub.sources().forEach(source -> add(source.stageModel(), hub.hashKey(), hub.model()));
            }
            for (Link link : vault.links()) {
                for (String stage : link.stageModels()) {
                    add(stage, link.hashKey(), link.model());
                    link.hubs().forEach(hub -> add(stage, hub.hashKey(), link.model()));
                }
            }
            for (Satellite satellite : vault.satellites()) {
                add(satellite.stageModel(), satellite.hashKey(), satellite.model());
                add(satellite.stageModel(), satellite.hashdiff(), satellite.model());
            }
            vault.furtherObjects().stream().filter(StoresStagedHashes.class::isInstance).forEach(further::add);
        }

        private void add(String stage, String column, String model) {
            byStage.computeIfAbsent(stage, k -> new HashMap<>()).computeIfAbsent(column, k -> new TreeSet<>())
                    .add(model);
        }

        /** The models storing {@code column} as computed by {@code stage}, sorted. */
        List<String> of(String stage, String column) {
            TreeSet<String> models = new TreeSet<>(byStage.getOrDefault(stage, Map.of()).getOrDefault(column,
                    new TreeSet<>()));
            further.stream().filter(o -> ((StoresStagedHashes) o).storesHash(stage, column))
                    .forEach(o -> models.add(o.model()));
            return List.copyOf(models);
        }
    }
}
