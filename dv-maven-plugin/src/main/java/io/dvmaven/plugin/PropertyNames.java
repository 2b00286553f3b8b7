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

    private PropertyNames() {
    }
}
