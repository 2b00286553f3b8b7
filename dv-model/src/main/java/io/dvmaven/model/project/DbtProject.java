package io.dvmaven.model.project;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of a dbt project's models: every model {@code .sql} file and every schema file under the
 * model folders, sorted by path. Built by {@link DbtProjectScanner}.
 *
 * @param modelFolders the model folders scanned, relative to the project ({@code models})
 * @param models       model files sorted by path
 * @param schemaFiles  schema files sorted by path
 * @param problems     files that could not be read as YAML, one diagnostic each (code {@code DV013})
 */
public record DbtProject(List<String> modelFolders, List<ModelFile> models, List<SchemaFile> schemaFiles,
                         List<Diagnostic> problems) {

    public DbtProject {
        modelFolders = List.copyOf(modelFolders);
        models = List.copyOf(models);
        schemaFiles = List.copyOf(schemaFiles);
        problems = List.copyOf(problems);
    }

    public Optional<ModelFile> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public boolean hasModel(String name) {
        return model(name).isPresent();
    }

    /** The first schema entry documenting {@code name}, in path order (dbt rejects duplicates itself). */
    public Optional<SchemaModel> schemaModel(String name) {
        return schemaFiles.stream().flatMap(f -> f.models().stream()).filter(m -> m.name().equals(name)).findFirst();
    }

    /** Every schema entry by model name (first one wins). */
    public Map<String, SchemaModel> schemaModels() {
        Map<String, SchemaModel> byName = new LinkedHashMap<>();
        schemaFiles.forEach(f -> f.models().forEach(m -> byName.putIfAbsent(m.name(), m)));
        return byName;
    }

    public Optional<SchemaFile> schemaFile(String path) {
        return schemaFiles.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public Optional<ModelFile> modelFile(String path) {
        return models.stream().filter(m -> m.path().equals(path)).findFirst();
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
}
