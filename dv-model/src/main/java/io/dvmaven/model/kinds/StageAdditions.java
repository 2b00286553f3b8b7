package io.dvmaven.model.kinds;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a kind registered after the staging layer adds the columns it loads to a staging model that the staging
 * layer resolved (a hashdiff, a constant), and the raw columns it reads to that model's table in sources.yml.
 * Columns already present are kept as they are, so two kinds may add the same column.
 */
public final class StageAdditions {

    private StageAdditions() {
    }

    /** Adds columns to the resolved staging model {@code model}; does nothing when there is no such model. */
    public static void add(VaultBuilder vault, String model, List<DerivedColumn> derived, List<HashedColumn> hashed,
                           List<Attribute> attributes) {
        List<Stage> stages = vault.stages();
        for (int i = 0; i < stages.size(); i++) {
            Stage stage = stages.get(i);
            if (!stage.model().equals(model)) {
                continue;
            }
            List<DerivedColumn> allDerived = new ArrayList<>(stage.derivedColumns());
            derived.stream().filter(d -> allDerived.stream().noneMatch(e -> e.name().equals(d.name())))
                    .forEach(allDerived::add);
            List<HashedColumn> allHashed = new ArrayList<>(stage.hashedColumns());
            hashed.stream().filter(h -> allHashed.stream().noneMatch(e -> e.name().equals(h.name())))
                    .forEach(allHashed::add);
            Map<String, Attribute> allAttributes = new LinkedHashMap<>();
            stage.attributes().forEach(a -> allAttributes.put(a.name(), a));
            attributes.forEach(a -> allAttributes.putIfAbsent(a.name(), a));
            stages.set(i, stage.withColumns(allAttributes.values().stream()
                    .sorted(Comparator.comparing(Attribute::name)).toList(), List.copyOf(allDerived),
                    List.copyOf(allHashed), stage.nullColumns()));
            return;
        }
    }

    /**
     * Adds raw columns to table {@code table} of source system {@code system} in sources.yml; call from
     * {@link Kind#complete}, once the staging layer has built the raw sources.
     */
    public static void addRawColumns(VaultBuilder vault, String system, String table, List<RawColumn> columns) {
        List<RawSource> sources = vault.rawSources();
        for (int i = 0; i < sources.size(); i++) {
            RawSource source = sources.get(i);
            if (!source.system().equals(system)) {
                continue;
            }
            List<RawTable> tables = new ArrayList<>();
            for (RawTable raw : source.tables()) {
                if (raw.name().equals(table)) {
                    Map<String, RawColumn> all = new LinkedHashMap<>();
                    raw.columns().forEach(c -> all.put(c.name(), c));
                    columns.forEach(c -> all.putIfAbsent(c.name(), c));
                    raw = new RawTable(raw.name(), raw.entity(), raw.description(), raw.spec(),
                            List.copyOf(all.values()));
                }
                tables.add(raw);
            }
            sources.set(i, new RawSource(source.name(), source.system(), source.schema(), source.folder(),
                    List.copyOf(tables)));
            return;
        }
    }
}
