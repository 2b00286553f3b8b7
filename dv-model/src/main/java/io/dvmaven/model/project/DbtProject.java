package io.dvmaven.model.project;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a dbt project's models: every model {@code .sql} file and every schema file under the
 * model folders, sorted by path. Built by {@link DbtProjectScanner}.
 *
 * <p>A class rather than a record so it can keep lookup tables: the rules look models up by name and path once
 * per model, which made a scan of lists quadratic (over 10 minutes for 14,000 models).
 */
public final class DbtProject {

    private final List<String> modelFolders;
    private final List<ModelFile> models;
    private final List<SchemaFile> schemaFiles;
    private final List<Diagnostic> problems;
    private final Map<String, ModelFile> modelsByName = new HashMap<>();
    private final Map<String, ModelFile> modelsByPath = new HashMap<>();
    private final Map<String, SchemaFile> schemaFilesByPath = new HashMap<>();
    private final Map<String, SchemaModel> schemaModelsByName = new LinkedHashMap<>();

    /**
     * @param modelFolders the model folders scanned, relative to the project ({@code models})
     * @param models       model files sorted by path
     * @param schemaFiles  schema files sorted by path
     * @param problems     files that could not be read as YAML, one diagnostic each (code {@code DV013})
     */
    public DbtProject(List<String> modelFolders, List<ModelFile> models, List<SchemaFile> schemaFiles,
                      List<Diagnostic> problems) {
        this.modelFolders = List.copyOf(modelFolders);
        this.models = List.copyOf(models);
        this.schemaFiles = List.copyOf(schemaFiles);
        this.problems = List.copyOf(problems);
        // first one wins, in list order, as the linear lookups did
        this.models.forEach(m -> {
            modelsByName.putIfAbsent(m.name(), m);
            modelsByPath.putIfAbsent(m.path(), m);
        });
        this.schemaFiles.forEach(f -> {
            schemaFilesByPath.putIfAbsent(f.path(), f);
            f.models().forEach(m -> schemaModelsByName.putIfAbsent(m.name(), m));
        });
    }

    public List<String> modelFolders() {
        return modelFolders;
    }

    public List<ModelFile> models() {
        return models;
    }

    public List<SchemaFile> schemaFiles() {
        return schemaFiles;
    }

    public List<Diagnostic> problems() {
        return problems;
    }

    public Optional<ModelFile> model(String name) {
        return Optional.ofNullable(modelsByName.get(name));
    }

    public boolean hasModel(String name) {
        return modelsByName.containsKey(name);
    }

    /** The first schema entry documenting {@code name}, in path order (dbt rejects duplicates itself). */
    public Optional<SchemaModel> schemaModel(String name) {
        return Optional.ofNullable(schemaModelsByName.get(name));
    }

    /** Every schema entry by model name (first one wins). */
    public Map<String, SchemaModel> schemaModels() {
        return Collections.unmodifiableMap(schemaModelsByName);
    }

    public Optional<SchemaFile> schemaFile(String path) {
        return Optional.ofNullable(schemaFilesByPath.get(path));
    }

    public Optional<ModelFile> modelFile(String path) {
        return Optional.ofNullable(modelsByPath.get(path));
    }

    /** The model a location belongs to: its SQL file, or the schema entry that contains the line. */
    public Optional<String> modelAt(SourceLocation location) {
        Objects.requireNonNull(location, "location");
        Optional<ModelFile> sql = modelFile(location.file());
        if (sql.isPresent()) {
            return Optional.of(sql.get().name());
        }
        return schemaFile(location.file()).flatMap(f -> f.models().stream()
                .filter(m -> m.contains(location.file(), location.line())).findFirst()).map(SchemaModel::name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DbtProject p && modelFolders.equals(p.modelFolders) && models.equals(p.models)
                && schemaFiles.equals(p.schemaFiles) && problems.equals(p.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelFolders, models, schemaFiles, problems);
    }

    @Override
    public String toString() {
        return "DbtProject[modelFolders=" + modelFolders + ", models=" + models.size() + ", schemaFiles="
                + schemaFiles.size() + ", problems=" + problems.size() + "]";
    }
}
