package io.dvmaven.plugin;

import io.dvmaven.init.InitRequest;
import io.dvmaven.init.InitResult;
import io.dvmaven.init.ProjectInitializer;
import io.dvmaven.model.DvLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Sets up the current directory as a dbt project built by this plugin, writing only what is missing: a thin
 * {@code pom.xml} binding dv:generate and dv:verify, {@code dbt_project.yml} (dbt output under {@code target/}),
 * {@code packages.yml} pinning AutomateDV 0.11.5 and dbt_utils, an example spec {@code specs/customer.yml}, the
 * spec JSON Schema {@code specs/.dv/dv-spec.schema.json} for editors, and {@code .gitignore} entries. Existing files
 * are never overwritten ({@code .gitignore} only gets missing lines appended); in an existing dbt project the
 * project and profile names come from its {@code dbt_project.yml}. Runs without a pom:
 * <pre>{@code mvn io.dvmaven:dv-maven-plugin:0.1.0-SNAPSHOT:init}</pre>
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractDvMojo {

    /**
     * The groupId written into the new {@code pom.xml}. Only used when {@code pom.xml} does not exist yet; it
     * identifies the dbt project if you ever install or deploy it with Maven.
     *
     * <p>Default: {@code com.example}. Property: {@code dv.init.groupId}. Example:
     * {@code mvn io.dvmaven:dv-maven-plugin:0.1.0-SNAPSHOT:init -Ddv.init.groupId=org.acme.dwh}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INIT_GROUP_ID, defaultValue = "com.example")
    private String groupId;

    /**
     * The artifactId written into the new {@code pom.xml}. Maven shows it as the build's name.
     *
     * <p>Default: the dbt project name with {@code _} replaced by {@code -} ({@code web_shop} gives
     * {@code web-shop}). Property: {@code dv.init.artifactId}. Example:
     * {@code mvn io.dvmaven:dv-maven-plugin:0.1.0-SNAPSHOT:init -Ddv.init.artifactId=customer-vault}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INIT_ARTIFACT_ID)
    private String artifactId;

    /**
     * The version written into the new {@code pom.xml}.
     *
     * <p>Default: {@code 0.1.0-SNAPSHOT}. Property: {@code dv.init.version}. Example:
     * {@code mvn io.dvmaven:dv-maven-plugin:0.1.0-SNAPSHOT:init -Ddv.init.version=1.0.0-SNAPSHOT}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INIT_VERSION, defaultValue = "0.1.0-SNAPSHOT")
    private String version;

    /**
     * The dbt project name (also the dbt profile name) of a new {@code dbt_project.yml}. Ignored when
     * {@code dbt_project.yml} exists: its {@code name} and {@code profile} are used as they are.
     *
     * <p>Default: the directory name in lower snake_case ({@code Web Shop} gives {@code web_shop}). Property:
     * {@code dv.init.projectName}. Example:
     * {@code mvn io.dvmaven:dv-maven-plugin:0.1.0-SNAPSHOT:init -Ddv.init.projectName=customer_vault}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.INIT_PROJECT_NAME)
    private String projectName;

    /** This plugin, so the written pom names the very version that wrote it. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        InitResult result = new ProjectInitializer().init(request(), log);
        Path project = dbtProjectDirectory();
        Path specs = specDirectory();
        String shownSpecs = specs.startsWith(project) ? project.relativize(specs).toString().replace('\\', '/')
                : specs.toString();
        log.info("dbt project " + result.projectName() + " ready in " + project + ": edit " + shownSpecs
                + "/, then run mvn verify");
    }

    InitRequest request() {
        return new InitRequest(dbtProjectDirectory(), specDirectory(), groupId, blankToNull(artifactId), version,
                blankToNull(projectName), plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(),
                boundGoals());
    }

    /** generate and verify; verify only when this plugin build has it, so the written pom always builds. */
    private List<String> boundGoals() {
        List<String> goals = new ArrayList<>(List.of("generate"));
        if (plugin.getMojo("verify") != null) {
            goals.add("verify");
        }
        return goals;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    protected String goal() {
        return "init";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return false;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.SKIP;
    }

    @Override
    protected boolean locksProject() {
        return false;
    }
}
