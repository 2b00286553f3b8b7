package io.dvmaven.plugin;

/**
 * Every user property the plugin reads, in one place: {@code -Ddv.overwrite=true} on the command line or
 * {@code <dv.overwrite>true</dv.overwrite>} in the POM's {@code <properties>}. Explicit plugin configuration
 * wins over a property, as everywhere in Maven.
 */
public final class PropertyNames {

    /** Skips every dv goal. */
    public static final String SKIP = "dv.skip";
    /** Skips dv:generate only. */
    public static final String GENERATE_SKIP = "dv.generate.skip";
    /** Skips dv:verify only. */
    public static final String VERIFY_SKIP = "dv.verify.skip";
    /** The dbt project directory. */
    public static final String DBT_PROJECT_DIRECTORY = "dv.dbtProjectDirectory";
    /** The directory holding the specs. */
    public static final String SPEC_DIRECTORY = "dv.specDirectory";
    /** A directory of user templates overriding built-in ones. */
    public static final String TEMPLATE_DIRECTORY = "dv.templateDirectory";
    /** Where the generation report goes. */
    public static final String REPORT_DIRECTORY = "dv.reportDirectory";
    /** Overwrite hand-edited generated files and foreign files in the way. */
    public static final String OVERWRITE = "dv.overwrite";
    /** Write a generation timestamp into every header. */
    public static final String TIMESTAMP = "dv.timestamp";
    /** Generate the DuckDB dispatch shims. */
    public static final String DUCKDB_SHIMS = "dv.duckdbShims";

    /** Rule ids dv:verify does not run, comma separated. */
    public static final String VERIFY_SKIP_RULES = "dv.verify.skipRules";
    /** Fail dv:verify on warnings too. */
    public static final String VERIFY_FAIL_ON_WARNING = "dv.verify.failOnWarning";
    /** How many findings a dv:verify failure lists. */
    public static final String VERIFY_MAX_LISTED_FINDINGS = "dv.verify.maxListedFindings";
    /** Model folders dv:verify checks, comma separated. */
    public static final String VERIFY_MODEL_FOLDERS = "dv.verify.modelFolders";
    /** Skips the dbt run of dv:verify. */
    public static final String DBT_SKIP = "dv.dbt.skip";
    /** The dbt executable. */
    public static final String DBT_EXECUTABLE = "dv.dbt.executable";
    /** Accepted dbt-core versions. */
    public static final String DBT_VERSION = "dv.dbt.version";
    /** The dbt command: parse, compile or build. */
    public static final String DBT_COMMAND = "dv.dbt.command";
    /** Extra dbt arguments, comma separated. */
    public static final String DBT_ARGS = "dv.dbt.args";
    /** The user's dbt profiles directory (instead of the embedded DuckDB). */
    public static final String DBT_PROFILES_DIR = "dv.dbt.profilesDir";
    /** The dbt target of the user's profile. */
    public static final String DBT_TARGET = "dv.dbt.target";
    /** dbt timeout in seconds. */
    public static final String DBT_TIMEOUT = "dv.dbt.timeout";
    /** Sample rows per raw table in the embedded DuckDB. */
    public static final String DBT_SAMPLE_ROWS = "dv.dbt.sampleRows";
    /** Run dbt deps when packages are missing. */
    public static final String DBT_DEPS = "dv.dbt.deps";
    /** Install dbt into a venv when none is found. */
    public static final String DBT_INSTALL = "dv.dbt.install";
    /** Where dbt is installed. */
    public static final String DBT_INSTALL_DIRECTORY = "dv.dbt.installDirectory";
    /** The dbt-core version installed. */
    public static final String DBT_INSTALL_CORE_VERSION = "dv.dbt.install.coreVersion";
    /** The dbt-duckdb version installed. */
    public static final String DBT_INSTALL_DUCKDB_VERSION = "dv.dbt.install.duckdbVersion";

    private PropertyNames() {
    }
}
