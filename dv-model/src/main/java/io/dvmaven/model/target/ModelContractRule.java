package io.dvmaven.model.target;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.kinds.stage.SourceMappingSpec;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.target.ModelContracts.Contract;
import io.dvmaven.model.target.ModelContracts.Missing;
import java.util.List;
import java.util.Map;

/**
 * Checks {@code model_contracts: true} against the target and the specs: dbt refuses an enforced contract on an
 * incremental model unless {@code on_schema_change} is {@code append_new_columns} or {@code fail} (an error);
 * a target that gets no contracts, and each model left without one because a column's type is unknown, are
 * warnings at the place that would change it.
 */
public final class ModelContractRule {

    /** Finding code of a model contract problem. */
    public static final String ID = "settings.model-contracts";
    /** The {@code on_schema_change} values dbt accepts on an incremental model with an enforced contract. */
    static final List<String> CONTRACT_SCHEMA_CHANGES = List.of("append_new_columns", "fail");

    private ModelContractRule() {
    }

    /** The design with this rule's findings added; the same design when there are none. */
    public static DesignResult apply(DesignResult design, WarehouseTarget target, IncrementalConfig incremental,
                                     NamingConventions naming) {
        return design.withDiagnostics(check(design, target, incremental, naming));
    }

    static List<Diagnostic> check(DesignResult design, WarehouseTarget target, IncrementalConfig incremental,
                                  NamingConventions naming) {
        ProjectSettings settings = design.settings();
        Diagnostics found = new Diagnostics();
        if (!settings.contractsEnforced()) {
            return List.of();
        }
        SourceLocation at = settings.modelContracts();
        if (!CONTRACT_SCHEMA_CHANGES.contains(incremental.onSchemaChange())) {
            found.error(at, ID, "dbt refuses an enforced model contract on an incremental model with "
                    + "on_schema_change '" + incremental.onSchemaChange() + "'", "set <onSchemaChange> "
                    + "(-Ddv.incremental.onSchemaChange) to one of " + CONTRACT_SCHEMA_CHANGES
                    + ", or remove model_contracts");
        }
        if (!ModelContracts.supports(target)) {
            List<String> targets = ModelContracts.SUPPORTED_TARGETS;
            found.warning(at, ID, "model contracts are generated on " + String.join(", ", targets.subList(0,
                    targets.size() - 1)) + " and " + targets.get(targets.size() - 1) + " only; the " + target.id()
                    + " models get none",
                    "remove model_contracts, or generate for one of " + ModelContracts.SUPPORTED_TARGETS);
            return found.sorted();
        }
        Map<String, Contract> contracts = ModelContracts.of(design.vault(), target, settings,
                naming.loadTimestampColumn(), naming.recordSourceColumn());
        for (Contract contract : contracts.values()) {
            if (!contract.enforced()) {
                warnMissing(contract.model(), contract.missing(), at, design.entities(), found);
            }
        }
        return found.sorted();
    }

    private static void warnMissing(String model, Missing missing, SourceLocation settingsAt,
                                    List<EntitySpec> entities, Diagnostics found) {
        String message = model + " gets no model contract: " + (missing.column() == null ? missing.why()
                : "column " + missing.column() + " has no known type (" + missing.why() + ")");
        SourceMappingSpec mapping = entities.stream().filter(e -> e.name().value().equals(missing.entity()))
                .map(e -> e.sourceMappings().get(missing.source())).filter(m -> m != null).findFirst().orElse(null);
        if (missing.stageColumn() == null || mapping == null) {
            found.warning(settingsAt, ID, message, "nothing to declare: " + model + " is built without a contract");
            return;
        }
        found.warning(mapping.location(), ID, message, "declare the type in source mapping '" + missing.source()
                + "': column_types: {" + missing.stageColumn() + ": <data type>}");
    }
}
