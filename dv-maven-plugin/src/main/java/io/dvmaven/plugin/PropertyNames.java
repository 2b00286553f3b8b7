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
    /** Skips dv:diagram only. */
    public static final String DIAGRAM_SKIP = "dv.diagram.skip";
    /** Where dv:diagram writes vault.mmd and vault.html. */
    public static final String DIAGRAM_OUTPUT_DIRECTORY = "dv.diagram.outputDirectory";
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
    /** The warehouse the generated project runs on (duckdb, postgres, snowflake, databricks, spark, ...). */
    public static final String TARGET = "dv.target";
    /** incremental_strategy of the insert-only vault models (default per target). */
    public static final String INCREMENTAL_STRATEGY = "dv.incremental.strategy";
    /** on_schema_change of the insert-only vault models (default append_new_columns). */
    public static final String ON_SCHEMA_CHANGE = "dv.incremental.onSchemaChange";

    /** Skips dv:draft only. */
    public static final String DRAFT_SKIP = "dv.draft.skip";
    /** A narrative file to draft from (instead of the marked narratives in the spec directory). */
    public static final String DRAFT_INPUT = "dv.draft.input";
    /** Root URL of the OpenAI-compatible API. */
    public static final String DRAFT_BASE_URL = "dv.draft.baseUrl";
    /** Model name. */
    public static final String DRAFT_MODEL = "dv.draft.model";
    /** Sampling temperature. */
    public static final String DRAFT_TEMPERATURE = "dv.draft.temperature";
    /** Request timeout in seconds. */
    public static final String DRAFT_TIMEOUT = "dv.draft.timeout";
    /** Environment variable holding the API key. */
    public static final String DRAFT_API_KEY_ENV = "dv.draft.apiKeyEnv";
    /** settings.xml server whose password is the API key. */
    public static final String DRAFT_SERVER_ID = "dv.draft.serverId";
    /** Largest conversation sent, in characters. */
    public static final String DRAFT_MAX_PROMPT_CHARS = "dv.draft.maxPromptChars";
    /** Rounds of sending validation errors back to the model. */
    public static final String DRAFT_REPAIR_ROUNDS = "dv.draft.repairRounds";
    /** Retries after 429 or 5xx. */
    public static final String DRAFT_MAX_RETRIES = "dv.draft.maxRetries";
    /** Send the schema with strict: true. */
    public static final String DRAFT_STRICT_SCHEMA = "dv.draft.strictSchema";
    /** Replace an existing draft. */
    public static final String DRAFT_OVERWRITE = "dv.draft.overwrite";
    /** dv:draft, dv:draft-eval: largest reply body in bytes. */
    public static final String DRAFT_MAX_REPLY_BYTES = "dv.draft.maxReplyBytes";
    /** dv:draft: offer the model the list_models and fetch_source_columns tools. */
    public static final String DRAFT_TOOLS = "dv.draft.tools";
    /** dv:draft: draft narratives that were approved already. */
    public static final String DRAFT_FORCE = "dv.draft.force";
    /** dv:approve: who approves (default: git config user.name). */
    public static final String APPROVE_BY = "dv.approve.by";
    /** dv:verify: fail (instead of warn) when an approved spec was edited since approval. */
    public static final String VERIFY_FAIL_ON_EDITED_APPROVALS = "dv.verify.failOnEditedApprovals";
    /** dv:verify: quality gates (dbt compile, build and SQL lint) for the models of the approved entities. */
    public static final String VERIFY_QUALITY_GATES = "dv.verify.qualityGates";
    /** dv:verify: the sqlfluff executable of the SQL lint quality gate. */
    public static final String VERIFY_SQLFLUFF = "dv.verify.sqlfluff";
    /** dv:draft-eval: lowest F1 of any single case. */
    public static final String DRAFT_EVAL_MIN_CASE_F1 = "dv.draftEval.minCaseF1";
    /** dv:draft-eval: lowest F1 per field, e.g. sources=0.9,key_fields=1. */
    public static final String DRAFT_EVAL_MIN_FIELD_F1 = "dv.draftEval.minFieldF1";
    /** dv:draft-eval: a stored report.json to compare with; any worse case fails. */
    public static final String DRAFT_EVAL_BASELINE = "dv.draftEval.baseline";
    /** dv:draft-eval: add cases from approved narrative/spec pairs first. */
    public static final String DRAFT_EVAL_ADD_APPROVED = "dv.draftEval.addApproved";
    /** dv:draft-report: skip. */
    public static final String DRAFT_REPORT_SKIP = "dv.draftReport.skip";
    /** dv:draft-eval: where report.json and the JUnit XML go. */
    public static final String DRAFT_EVAL_OUTPUT = "dv.draftEval.outputDirectory";
    /** Skips dv:approve only. */
    public static final String APPROVE_SKIP = "dv.approve.skip";
    /** Entity whose draft to approve, or all. */
    public static final String APPROVE_ENTITY = "dv.approve.entity";
    /** Skips dv:draft-eval only. */
    public static final String DRAFT_EVAL_SKIP = "dv.draftEval.skip";
    /** Directory of evaluation cases. */
    public static final String DRAFT_EVAL_DIRECTORY = "dv.draftEval.directory";
    /** Run the evaluation against the recorded replies instead of the endpoint. */
    public static final String DRAFT_EVAL_REPLAY = "dv.draftEval.replay";
    /** Fail when the overall F1 score is lower. */
    public static final String DRAFT_EVAL_MIN_F1 = "dv.draftEval.minF1";

    /** dv:init: groupId of the written pom. */
    public static final String INIT_GROUP_ID = "dv.init.groupId";
    /** dv:init: artifactId of the written pom. */
    public static final String INIT_ARTIFACT_ID = "dv.init.artifactId";
    /** dv:init: version of the written pom. */
    public static final String INIT_VERSION = "dv.init.version";
    /** dv:init: dbt project name of a new dbt_project.yml. */
    public static final String INIT_PROJECT_NAME = "dv.init.projectName";

    /** Rule ids dv:verify does not run, comma separated. */
    public static final String VERIFY_SKIP_RULES = "dv.verify.skipRules";
    /** Fail dv:verify on warnings too. */
    public static final String VERIFY_FAIL_ON_WARNING = "dv.verify.failOnWarning";
    /** Share (percent) of model columns with a description below which dv:verify fails. */
    public static final String VERIFY_MIN_DOC_COVERAGE = "dv.verify.minDocCoverage";
    /** Fail dv:verify while a business-rule test written for a person to complete is still to do. */
    public static final String VERIFY_FAIL_ON_TODO = "dv.verify.failOnTodo";
    /** How many findings a dv:verify failure lists. */
    public static final String VERIFY_MAX_LISTED_FINDINGS = "dv.verify.maxListedFindings";
    /** Model folders dv:verify checks, comma separated. */
    public static final String VERIFY_MODEL_FOLDERS = "dv.verify.modelFolders";
    /** Skips the dbt run of dv:verify. */
    public static final String DBT_SKIP = "dv.dbt.skip";
    public static final String DBT_FORCE = "dv.dbt.force";
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
    /** Offline packages as name=directory pairs, comma separated. */
    public static final String DBT_OFFLINE_PACKAGES = "dv.dbt.offlinePackages";

    private PropertyNames() {
    }
}
