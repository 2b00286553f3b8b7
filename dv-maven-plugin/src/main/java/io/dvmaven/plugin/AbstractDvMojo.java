package io.dvmaven.plugin;

import io.dvmaven.generate.DvGenerator;
import io.dvmaven.generate.GenerateRequest;
import io.dvmaven.generate.ProjectLock;
import io.dvmaven.model.target.WarehouseTarget;
import io.dvmaven.plugin.dbt.DbtException;
import io.dvmaven.plugin.dbt.DbtProfileTarget;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every dv goal shares: the dbt project and spec locations, the naming conventions and templates (so
 * {@code dv:verify} renders exactly what {@code dv:generate} writes), the skip switches,
 * the log bridge and the one place where core failures become Maven failures. Goals implement
 * {@link #doExecute(DvLog)}.
 */
public abstract class AbstractDvMojo extends AbstractMojo {

    /**
     * Skips every dv goal. Use it to build a project without touching the dbt files, e.g. on a machine
     * without specs checked out.
     *
     * <p>Default: {@code false}. Property: {@code dv.skip}. Example: {@code mvn verify -Ddv.skip=true}
     * or <pre>{@code <configuration><skip>true</skip></configuration>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
    private boolean skip;

    /**
     * The dbt project the plugin works on: generated models go to its {@code models/}, shipped macros to
     * {@code macros/dv/}; paths in messages and reports are relative to it. A thin-pom project keeps its
     * {@code pom.xml} next to {@code dbt_project.yml}, so the default fits; set it when the dbt project lives
     * in a sub-folder.
     *
     * <p>Default: <code>${project.basedir}</code>; for {@code dv:init} without a pom, the directory Maven runs in.
     * Property: {@code dv.dbtProjectDirectory}. Example:
     * <pre>&lt;dbtProjectDirectory&gt;${project.basedir}/warehouse&lt;/dbtProjectDirectory&gt;</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_PROJECT_DIRECTORY, defaultValue = "${project.basedir}")
    private File dbtProjectDirectory;

    /**
     * The directory holding the Data Vault specs ({@code *.yml}, {@code *.yaml}, {@code *.json}, Mermaid {@code *.mmd}
     * and {@code ```mermaid} blocks in {@code *.md}, searched
     * recursively). Keeping specs inside the dbt project keeps design and code reviewed together.
     *
     * <p>Default: {@code specs} under {@code dbtProjectDirectory}. Property: {@code dv.specDirectory}. Example:
     * <pre>&lt;specDirectory&gt;${project.basedir}/design&lt;/specDirectory&gt;</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.SPEC_DIRECTORY)
    private File specDirectory;

    /**
     * Name patterns for every generated model, column and folder; unset patterns keep the house conventions
     * (<code>h_{entity}</code>, <code>s_{entity}_{group}_{source}</code>, <code>{entity}_hk</code>, ...). See {@link Naming}
     * for the list. No property: naming belongs in the POM so every build names things the same way.
     *
     * <p>Example:
     * <pre>
     * &lt;naming&gt;
     *   &lt;hubModel&gt;hub_{entity}&lt;/hubModel&gt;
     *   &lt;hubHashKey&gt;{entity}_hash_key&lt;/hubHashKey&gt;
     * &lt;/naming&gt;
     * </pre>
     *
     * @since 0.1.0
     */
    @Parameter
    private Naming naming;

    /**
     * A directory of your own templates. A file there replaces the built-in template of the same name
     * ({@code hub.sql.mustache}, {@code partials/column.mustache}, ...); every other template stays built in.
     * {@code dv:verify} renders with the same templates to find drift. Use it to follow house SQL style without forking the plugin.
     *
     * <p>Default: none (built-in templates). Property: {@code dv.templateDirectory}. Example:
     * <pre>&lt;templateDirectory&gt;${project.basedir}/dv-templates&lt;/templateDirectory&gt;</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TEMPLATE_DIRECTORY)
    private File templateDirectory;

    /**
     * Also generates {@code macros/dv/automate_dv_duckdb_shims.sql}: the {@code duckdb__*} dispatch macros
     * AutomateDV 0.11.5 lacks, so the generated project runs on DuckDB. dbt only uses them on the DuckDB
     * adapter, so they do no harm elsewhere; switch them off to keep the project minimal. {@code dv:verify} reads it too, to find drift.
     *
     * <p>Default: {@code true}. Property: {@code dv.duckdbShims}. Example:
     * <pre>{@code <duckdbShims>false</duckdbShims>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DUCKDB_SHIMS, defaultValue = "true")
    private boolean duckdbShims;

    /** How long a goal waits for another build on the same project. */
    private static final java.time.Duration LOCK_TIMEOUT = java.time.Duration.ofMinutes(30);
    /**
     * The warehouse the generated project runs on: {@code duckdb}, {@code postgres}, {@code snowflake},
     * {@code databricks}, {@code spark}, {@code sqlserver} or {@code bigquery}. Names in the specs are checked
     * against its identifier length and reserved words before anything is written, and the dispatch macros it
     * needs are generated (DuckDB shims; for Spark, {@code spark__} macros serving AutomateDV's Databricks SQL).
     * See docs/warehouses.md.
     *
     * <p>Default: the {@code type} of your dbt profile's output when {@code dbtProfilesDir} is set, else {@code duckdb}.
     * Property: {@code dv.target}. Example: {@code <target>postgres</target>}
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.TARGET)
    private String target;

    /**
     * Your own dbt profiles directory (holding {@code profiles.yml}) to run against a real warehouse. When unset,
     * the goal writes a DuckDB profile under {@code target/dv/dbt-profiles} and creates the raw source tables in
     * {@code target/dv/embedded.duckdb}, so verify needs no warehouse. Credentials are never logged.
     *
     * Without {@code dv.target}, {@code dv:generate} and {@code dv:verify} generate for the warehouse this profile's
     * output is of ({@code type:}).
     *
     * <p>Default: none (embedded DuckDB). Property: {@code dv.dbt.profilesDir}. Example:
     * <pre>&lt;dbtProfilesDir&gt;${user.home}/.dbt&lt;/dbtProfilesDir&gt;</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_PROFILES_DIR)
    private File dbtProfilesDir;

    /**
     * The target of your profile ({@code --target}); only with {@code dbtProfilesDir}.
     *
     * <p>Default: the profile's default target. Property: {@code dv.dbt.target}. Example:
     * <pre>{@code <dbtTarget>ci</dbtTarget>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DBT_TARGET)
    private String dbtTarget;

    private DbtProfileTarget profileTarget;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping dv:" + goal() + " (" + PropertyNames.SKIP + "=true)");
            return;
        }
        if (isGoalSpecificSkip()) {
            getLog().info("Skipping dv:" + goal() + " (" + goalSkipProperty() + "=true)");
            return;
        }
        try (ProjectLock lock = locksProject()
                ? ProjectLock.acquire(dbtProjectDirectory(), goal(), LOCK_TIMEOUT, getLog()::warn) : null) {
            doExecute(new MavenDvLog(getLog()));
        } catch (ProjectLock.LockTimeoutException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (Exception e) {
            Failures.rethrow(e, this);
        }
    }

    /**
     * The goal's work. Throw the core's typed exceptions as they are: {@link Failures} turns them into the
     * right Maven failure with a message that says how to fix it.
     */
    protected abstract void doExecute(DvLog log) throws Exception;

    /** Whether the goal holds the project lock while it runs (all but init, which creates the project). */
    protected boolean locksProject() {
        return true;
    }

    /** The goal name as typed after {@code dv:}. */
    protected abstract String goal();

    /** True when the goal's own skip switch is on. */
    protected abstract boolean isGoalSpecificSkip();

    /** The property of the goal's own skip switch, named in the skip message. */
    protected abstract String goalSkipProperty();

    protected Path dbtProjectDirectory() {
        // no project (a requiresProject=false goal run without a pom): ${project.basedir} is unset
        File directory = dbtProjectDirectory != null ? dbtProjectDirectory : new File(System.getProperty("user.dir"));
        return directory.toPath().toAbsolutePath().normalize();
    }

    protected Path specDirectory() {
        return specDirectory == null ? dbtProjectDirectory().resolve("specs")
                : specDirectory.toPath().toAbsolutePath().normalize();
    }

    /**
     * The user's template directory, or {@code null} for the built-in templates.
     *
     * @throws MojoFailureException when it is set but is no directory
     */
    protected Path templateDirectory() throws MojoFailureException {
        Path templates = templateDirectory == null ? null : templateDirectory.toPath().toAbsolutePath().normalize();
        if (templates != null && !Files.isDirectory(templates)) {
            throw new MojoFailureException("templateDirectory " + templates + " is not a directory (fix "
                    + "<templateDirectory> or -D" + PropertyNames.TEMPLATE_DIRECTORY
                    + ", or remove it to use the built-in templates)");
        }
        return templates;
    }

    /**
     * How the project is generated, from the shared parameters; {@code dv:verify} plans with the same request so
     * drift means "differs from what dv:generate would write".
     */
    protected GenerateRequest generateRequest(Path reportDirectory, boolean overwrite, Instant generatedAt)
            throws MojoFailureException, DbtException {
        return new GenerateRequest(
                dbtProjectDirectory(),
                specDirectory(),
                reportDirectory,
                namingConventions(),
                templateDirectory(),
                overwrite,
                generatedAt,
                duckdbShims,
                DvGenerator.bundledVersion(),
                warehouseTarget());
    }

    /**
     * The warehouse generated for: {@code dv.target}; without it the type of the dbt profile's output when
     * {@code dbtProfilesDir} is set; else the embedded DuckDB.
     */
    protected WarehouseTarget warehouseTarget() throws MojoFailureException, DbtException {
        if (target != null && !target.isBlank()) {
            return WarehouseTarget.of(target).orElseThrow(() -> new MojoFailureException(
                    "Unknown <target> '" + target + "' of dv-maven-plugin; use one of: " + WarehouseTarget.ids()
                            + " (-Ddv.target=...)"));
        }
        if (dbtProfilesDir() == null) {
            return WarehouseTarget.defaultTarget();
        }
        if (profileTarget == null) {
            profileTarget = DbtProfileTarget.read(dbtProfilesDir(), dbtProjectDirectory(), dbtTarget());
            getLog().info("Target " + profileTarget.target() + " from the dbt " + profileTarget.description()
                    + " (set dv.target to choose another)");
        }
        return profileTarget.target();
    }

    /** Your dbt profiles directory ({@code dv.dbt.profilesDir}), absolute, or {@code null} for the embedded DuckDB. */
    protected Path dbtProfilesDir() {
        return dbtProfilesDir == null ? null : dbtProfilesDir.toPath().toAbsolutePath().normalize();
    }

    /** The output of your profile to use ({@code dv.dbt.target}), or {@code null} for the profile's default. */
    protected String dbtTarget() {
        return dbtTarget == null || dbtTarget.isBlank() ? null : dbtTarget.trim();
    }

    /**
     * The configured naming conventions.
     *
     * @throws MojoFailureException listing every invalid pattern
     */
    protected NamingConventions namingConventions() throws MojoFailureException {
        NamingConventions conventions = (naming == null ? new Naming() : naming).toConventions();
        List<String> problems = conventions.problems();
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Invalid <naming> configuration of dv-maven-plugin, nothing was "
                    + "generated:\n" + String.join("\n", problems)
                    + "\nFix the patterns in the plugin's <naming> block (or remove them to use the defaults).");
        }
        return conventions;
    }
}
