package io.dvmaven.plugin.dbt;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few settings of {@code dbt_project.yml} the runner needs.
 *
 * @param directory           the dbt project directory
 * @param name                project name
 * @param profile             profile name ({@code profile:}), or {@code null}
 * @param targetPath          {@code target-path}, default {@code target}
 * @param packagesInstallPath {@code packages-install-path}, default {@code dbt_packages}
 * @param modelPaths          {@code model-paths}, default {@code [models]}
 */
public record DbtProjectFile(Path directory, String name, String profile, String targetPath,
                             String packagesInstallPath, List<String> modelPaths) {

    public static final String FILE_NAME = "dbt_project.yml";

    /**
     * Reads {@code dbt_project.yml} of the project.
     *
     * @throws DbtException when it is missing or not valid YAML
     */
    public static DbtProjectFile read(Path projectDirectory) throws DbtException {
        Path file = projectDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new DbtException("No " + FILE_NAME + " in " + projectDirectory,
                    "point <dbtProjectDirectory> at the directory holding " + FILE_NAME);
        }
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(FILE_NAME).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | YamlEngineException e) {
            throw new DbtException("Cannot read " + file + ": " + e.getMessage(), "fix the YAML syntax of "
                    + FILE_NAME, e);
        }
        Map<?, ?> root = document instanceof Map<?, ?> map ? map : Map.of();
        return new DbtProjectFile(projectDirectory, text(root.get("name"), null), text(root.get("profile"), null),
                text(root.get("target-path"), "target"), text(root.get("packages-install-path"), "dbt_packages"),
                list(root.get("model-paths"), List.of("models")));
    }

    public Path targetDirectory() {
        return directory.resolve(targetPath);
    }

    public Path packagesDirectory() {
        return directory.resolve(packagesInstallPath);
    }

    /**
     * The project-relative path of a file dbt names: as is when it exists, else under the first model path that
     * holds it (dbt prints schema files relative to their model path).
     */
    public String resolve(String dbtPath) {
        if (dbtPath == null || Files.exists(directory.resolve(dbtPath))) {
            return dbtPath;
        }
        for (String modelPath : modelPaths) {
            if (Files.exists(directory.resolve(modelPath).resolve(dbtPath))) {
                return modelPath + "/" + dbtPath;
            }
        }
        return dbtPath;
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }

    private static List<String> list(Object value, List<String> fallback) {
        if (value instanceof List<?> items && !items.isEmpty()) {
            List<String> texts = new ArrayList<>();
            items.forEach(item -> texts.add(String.valueOf(item)));
            return List.copyOf(texts);
        }
        return fallback;
    }
}
