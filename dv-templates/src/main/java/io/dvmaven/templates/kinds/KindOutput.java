package io.dvmaven.templates.kinds;

import io.dvmaven.model.target.ModelContracts;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.templates.PendingFile;
import io.dvmaven.templates.SchemaDocs;
import io.dvmaven.templates.Views.ModelDoc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Collects what the kinds produce for one vault: files, and the models' properties (one file per model). */
public final class KindOutput {

    private final List<PendingFile> files = new ArrayList<>();
    private final SchemaDocs schemaDocs;

    /** Output without model contracts. */
    public KindOutput() {
        this(Map.of());
    }

    /** @param contracts the models' dbt contracts, by model name ({@link ModelContracts#of}) */
    public KindOutput(Map<String, ModelContracts.Contract> contracts) {
        schemaDocs = new SchemaDocs(contracts);
    }

    /** Adds a file; {@code view} is built each time it renders. */
    public void file(String path, String kind, String template, Supplier<Object> view, List<String> entities,
                     List<String> sources, List<SpecRef> specs) {
        files.add(PendingFile.of(path, kind, template, view, entities, sources, specs));
    }

    /**
     * Adds a file written once for a person to complete: it never carries the generated header, and once it
     * exists the plugin never rewrites, checks or removes it.
     */
    public void userFile(String path, String kind, String template, Supplier<Object> view, List<String> entities,
                         List<SpecRef> specs) {
        files.add(PendingFile.of(path, kind, template, view, entities, List.of(), specs).ownedByUser());
    }

    /**
     * Adds a dbt model: its SQL file {@code models/<folder>/<model>.sql} and its
     * properties file {@code <model>.yml}, both generated for the same entities, sources and specs.
     */
    public void model(String folder, String model, String kind, String template, Supplier<Object> view,
                      Supplier<ModelDoc> doc, List<String> entities, List<String> sources, List<SpecRef> specs) {
        file("models/" + folder + "/" + model + ".sql", kind, template, view, entities, sources, specs);
        schemaDocs.add(folder, model, doc, entities, sources, specs);
    }

    public SchemaDocs schemaDocs() {
        return schemaDocs;
    }

    /** The files added, then one properties file per model; unsorted. */
    public List<PendingFile> files() {
        List<PendingFile> all = new ArrayList<>(files);
        all.addAll(schemaDocs.files());
        return all;
    }
}
