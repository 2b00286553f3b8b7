package io.dvmaven.templates.kinds;

import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.ColumnDocs;
import io.dvmaven.templates.RenderOptions;
import io.dvmaven.templates.Views.ColumnDoc;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** What every kind reads while planning its files: the vault, lookups into it, and the render options. */
public final class KindContext {

    private final Vault vault;
    private final RenderOptions options;
    private final Map<String, Entity> entities;
    private final Map<String, Stage> stages;
    private final Map<String, Link> links;
    private final Map<String, RawSource> rawSources;

    public KindContext(Vault vault, RenderOptions options) {
        this.vault = vault;
        this.options = options;
        entities = index(vault.entities(), Entity::name);
        stages = index(vault.stages(), Stage::model);
        links = index(vault.links(), Link::model);
        rawSources = index(vault.rawSources(), RawSource::system);
    }

    public Vault vault() {
        return vault;
    }

    public RenderOptions options() {
        return options;
    }

    /** Name of the load timestamp column. */
    public String loadTimestamp() {
        return options.naming().loadTimestampColumn();
    }

    /** Name of the record source column. */
    public String recordSource() {
        return options.naming().recordSourceColumn();
    }

    public Entity entity(String name) {
        return entities.get(name);
    }

    public Stage stage(String model) {
        return stages.get(model);
    }

    public Link link(String model) {
        return links.get(model);
    }

    public RawSource rawSource(String system) {
        return rawSources.get(system);
    }

    /** Record source values written by these staging models, sorted, distinct. */
    public List<String> recordSources(List<String> stageModels) {
        return stageModels.stream().map(stages::get).filter(s -> s != null)
                .map(s -> s.recordSource() == null ? ColumnDocs.COMPUTED_RECORD_SOURCE : s.recordSource())
                .distinct().sorted().toList();
    }

    /**
     * Extra columns a structure loaded from these staging models carries: those every one of them provides, in
     * the first stage's order (AutomateDV selects them from each stage).
     */
    public List<String> extraColumns(List<String> stageModels) {
        List<Stage> feeding = stageModels.stream().map(stages::get).filter(s -> s != null).toList();
        if (feeding.isEmpty()) {
            return List.of();
        }
        return feeding.get(0).extraColumns().stream()
                .filter(column -> feeding.stream().allMatch(s -> s.extraColumns().contains(column))).toList();
    }

    /** The record source column of a model loaded from these record sources. */
    public ColumnDoc recordSourceColumn(String what, List<String> recordSources) {
        return ColumnDocs.recordSourceColumn(recordSource(), what, recordSources);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(i -> map.put(key.apply(i), i));
        return map;
    }
}
