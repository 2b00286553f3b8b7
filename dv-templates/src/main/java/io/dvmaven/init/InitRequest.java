package io.dvmaven.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code dv:init} should set up.
 *
 * @param directory        the dbt project directory (created when missing)
 * @param specDirectory    where the example spec and the JSON Schema go
 * @param groupId          groupId of the written pom
 * @param artifactId       artifactId of the written pom, or {@code null} for the dbt project name with dashes
 * @param version          version of the written pom
 * @param projectName      dbt project name for a new {@code dbt_project.yml}, or {@code null} for the
 *                         directory name in lower snake_case; an existing {@code dbt_project.yml} wins
 * @param pluginGroupId    the plugin's groupId, written into the pom
 * @param pluginArtifactId the plugin's artifactId, written into the pom
 * @param pluginVersion    the plugin's version, written into the pom
 * @param goals            the plugin goals the pom binds, in order (e.g. generate, verify)
 */
public record InitRequest(Path directory, Path specDirectory, String groupId, String artifactId, String version,
                          String projectName, String pluginGroupId, String pluginArtifactId, String pluginVersion,
                          List<String> goals) {

    public InitRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(specDirectory, "specDirectory");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(pluginGroupId, "pluginGroupId");
        Objects.requireNonNull(pluginArtifactId, "pluginArtifactId");
        Objects.requireNonNull(pluginVersion, "pluginVersion");
        goals = List.copyOf(goals);
    }
}
