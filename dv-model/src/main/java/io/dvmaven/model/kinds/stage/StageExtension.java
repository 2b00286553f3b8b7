package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.StageNullColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * Lets a further kind add the columns it needs (a link satellite's hashdiff, a transactional link's hash key) to a
 * staging model already resolved, without a field in {@code Stage} or a change to {@code StageResolver}. Columns
 * whose name the stage already has are kept as they are, so kinds sharing a column add it once.
 */
public final class StageExtension {

    private StageExtension() {
    }

    /**
     * Appends {@code derived} and {@code hashed} to the stage {@code stageModel} of {@code vault}.
     *
     * @return false when the vault has no such stage (its source mapping is missing and was reported)
     */
    public static boolean add(VaultBuilder vault, String stageModel, List<DerivedColumn> derived,
                              List<HashedColumn> hashed) {
        return add(vault, stageModel, derived, hashed, StageNullColumns.NONE);
    }

    /**
     * Appends {@code derived}, {@code hashed} and the business key columns loading NULL as placeholders
     * ({@code nullColumns}) to the stage {@code stageModel} of {@code vault}.
     *
     * @return false when the vault has no such stage (its source mapping is missing and was reported)
     */
    public static boolean add(VaultBuilder vault, String stageModel, List<DerivedColumn> derived,
                              List<HashedColumn> hashed, StageNullColumns nullColumns) {
        for (ListIterator<Stage> it = vault.stages().listIterator(); it.hasNext(); ) {
            Stage stage = it.next();
            if (!stage.model().equals(stageModel)) {
                continue;
            }
            List<DerivedColumn> allDerived = new ArrayList<>(stage.derivedColumns());
            derived.stream().filter(d -> allDerived.stream().noneMatch(e -> e.name().equals(d.name())))
                    .forEach(allDerived::add);
            List<HashedColumn> allHashed = new ArrayList<>(stage.hashedColumns());
            hashed.stream().filter(h -> allHashed.stream().noneMatch(e -> e.name().equals(h.name())))
                    .forEach(allHashed::add);
            it.set(stage.withColumns(stage.attributes(), List.copyOf(allDerived), List.copyOf(allHashed),
                    stage.nullColumns().plus(nullColumns)));
            return true;
        }
        return false;
    }

    /** The stage {@code stageModel} as resolved so far, or {@code null}. */
    public static Stage find(VaultBuilder vault, String stageModel) {
        return vault.stage(stageModel);
    }
}
