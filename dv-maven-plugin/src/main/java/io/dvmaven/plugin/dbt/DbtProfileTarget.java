package io.dvmaven.plugin.dbt;

import io.dvmaven.model.target.WarehouseTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The warehouse target a dbt profile names: the {@code type} of the output dbt would use (the profile named in
 * {@code dbt_project.yml}, its {@code target:} or the one asked for). Generation follows it when {@code dv.target}
 * is not set, so the code generated is the code the profile's warehouse runs.
 *
 * @param target      the warehouse target
 * @param description where it came from, for the log ({@code profile 'shop', output 'dev' (type postgres) in ...})
 */
public record DbtProfileTarget(WarehouseTarget target, String description) {

    public static final String PROFILES_FILE = "profiles.yml";

    /**
     * Reads the target of the profile the project uses.
     *
     * @param output the output to use ({@code dv.dbt.target}), or {@code null} for the profile's own {@code target:}
     * @throws DbtException naming the file and what to set when the profile, the output or its type cannot be read
     */
    public static DbtProfileTarget read(Path profilesDirectory, Path projectDirectory, String output)
            throws DbtException {
        String profile = DbtProjectFile.read(projectDirectory).profile();
        Path file = profilesDirectory.resolve(PROFILES_FILE);
        String setTarget = "or set the warehouse with -Ddv.target=<" + WarehouseTarget.ids().replace(", ", "|")
                + ">";
        if (profile == null) {
            throw new DbtException(projectDirectory.resolve(DbtProjectFile.FILE_NAME) + " names no profile, so the "
                    + "warehouse of " + file + " is unknown", "add profile: <name> to dbt_project.yml, " + setTarget);
        }
        if (!Files.isRegularFile(file)) {
            throw new DbtException("No " + PROFILES_FILE + " in " + profilesDirectory + " (dv.dbt.profilesDir)",
                    "point dv.dbt.profilesDir at the folder holding " + PROFILES_FILE + ", " + setTarget);
        }
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(file.toString()).build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | YamlEngineException e) {
            throw new DbtException("Cannot read " + file + ": " + e.getMessage(), "fix its YAML, " + setTarget, e);
        }
        Map<?, ?> profiles = document instanceof Map<?, ?> map ? map : Map.of();
        if (!(profiles.get(profile) instanceof Map<?, ?> entry)) {
            throw new DbtException(file + " has no profile '" + profile + "' (the profile of dbt_project.yml)",
                    "add it, " + setTarget);
        }
        String chosen = output != null ? output : text(entry.get("target"));
        Map<?, ?> outputs = entry.get("outputs") instanceof Map<?, ?> map ? map : Map.of();
        if (chosen == null || chosen.contains("{{")) {
            throw new DbtException("profile '" + profile + "' in " + file + " has " + (chosen == null
                    ? "no target:" : "a templated target: '" + chosen + "'") + ", so its warehouse is unknown here",
                    "name the output with -Ddv.dbt.target=<" + String.join("|", outputs.keySet().stream()
                            .map(String::valueOf).sorted().toList()) + ">, " + setTarget);
        }
        if (!(outputs.get(chosen) instanceof Map<?, ?> settings)) {
            throw new DbtException("profile '" + profile + "' in " + file + " has no output '" + chosen + "'",
                    "use one of " + outputs.keySet() + " (-Ddv.dbt.target), " + setTarget);
        }
        String type = text(settings.get("type"));
        String where = "profile '" + profile + "', output '" + chosen + "' (type " + type + ") in " + file;
        WarehouseTarget target = WarehouseTarget.of(type).orElseThrow(() -> new DbtException(where
                + " is not a warehouse the plugin generates for (" + WarehouseTarget.ids() + ")",
                "set the closest one with -Ddv.target=<id> (see docs/warehouses.md)"));
        return new DbtProfileTarget(target, where);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).trim();
    }
}
