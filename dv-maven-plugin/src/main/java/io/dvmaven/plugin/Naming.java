package io.dvmaven.plugin;

import io.dvmaven.model.naming.NamingConventions;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code <naming>} configuration: one pattern per generated name. Every pattern defaults to the house
 * convention ({@link NamingConventions#defaults()}); set only those you want to change. {@code dv:verify} reads
 * the same block, so generated code always passes the naming rules.
 *
 * <pre>
 * &lt;naming&gt;
 *   &lt;hubModel&gt;hub_{entity}&lt;/hubModel&gt;
 *   &lt;satelliteModel&gt;sat_{entity}_{group}_{source}&lt;/satelliteModel&gt;
 * &lt;/naming&gt;
 * </pre>
 *
 * Placeholders: <code>{entity}</code>, <code>{source}</code>, <code>{group}</code> (satellite attribute group), <code>{link}</code>
 * (relationship name), <code>{key}</code> (business key part). A pattern using a placeholder it cannot know, or
 * producing something that is not lower snake_case, fails the build before anything is generated.
 */
public class Naming {

    private static final NamingConventions DEFAULTS = NamingConventions.defaults();
    /** Staging model name; placeholders: {entity}, {source}. Default <code>stg_{entity}_{source}</code>. */
    private String stagingModel = DEFAULTS.stagingModel();
    /** Hub model name; placeholders: {entity}. Default <code>h_{entity}</code>. */
    private String hubModel = DEFAULTS.hubModel();
    /** Link model name; placeholders: {link}. Default <code>l_{link}</code>. */
    private String linkModel = DEFAULTS.linkModel();
    /** Satellite model name; placeholders: {entity}, {group}, {source}. Default <code>s_{entity}_{group}_{source}</code>. */
    private String satelliteModel = DEFAULTS.satelliteModel();
    /** Hub hash key column; placeholders: {entity}. Default <code>{entity}_hk</code>. */
    private String hubHashKey = DEFAULTS.hubHashKey();
    /** Link hash key column; placeholders: {link}. Default <code>{link}_hk</code>. */
    private String linkHashKey = DEFAULTS.linkHashKey();
    /** Business key column of a single-column key; placeholders: {entity}. Default <code>{entity}_bk</code>. */
    private String businessKey = DEFAULTS.businessKey();
    /** One business key column of a composite key; placeholders: {entity}, {key}. Default <code>{entity}_{key}_bk</code>. */
    private String compositeBusinessKey = DEFAULTS.compositeBusinessKey();
    /** Hashdiff column of a satellite; placeholders: {entity}, {group}. Default <code>{group}_hashdiff</code>. */
    private String hashdiff = DEFAULTS.hashdiff();
    /** The dbt source name of a source system; placeholders: {source}. Default <code>raw_{source}</code>. */
    private String rawSource = DEFAULTS.rawSource();
    /** Folder of staging models under models/; placeholders: {source}. Default <code>staging/{source}</code>. */
    private String stagingFolder = DEFAULTS.stagingFolder();
    /** Folder of hubs under models/; placeholders: none. Default {@code integration/hubs}. */
    private String hubFolder = DEFAULTS.hubFolder();
    /** Folder of links under models/; placeholders: none. Default {@code integration/links}. */
    private String linkFolder = DEFAULTS.linkFolder();
    /** Folder of satellites under models/; placeholders: none. Default {@code integration/satellites}. */
    private String satelliteFolder = DEFAULTS.satelliteFolder();
    /** Record source column of every vault table; placeholders: none. Default {@code record_source}. */
    private String recordSourceColumn = DEFAULTS.recordSourceColumn();
    /** Load timestamp column of every vault table, and the default source column holding it; placeholders: none. Default {@code load_timestamp}. */
    private String loadTimestampColumn = DEFAULTS.loadTimestampColumn();
    /** Patterns of further structure kinds, by name (for example effectivitySatelliteModel); see docs/naming.md. */
    private Map<String, String> patterns = new TreeMap<>();

    /**
     * Sets the staging model name.
     * Placeholders: {entity}, {source}. Default: <code>stg_{entity}_{source}</code>. Example:
     * <code>&lt;stagingModel&gt;stage_{source}_{entity}&lt;/stagingModel&gt;</code>.
     */
    public void setStagingModel(String stagingModel) {
        this.stagingModel = stagingModel;
    }

    public String getStagingModel() {
        return stagingModel;
    }

    /**
     * Sets the hub model name.
     * Placeholders: {entity}. Default: <code>h_{entity}</code>. Example:
     * <code>&lt;hubModel&gt;hub_{entity}&lt;/hubModel&gt;</code>.
     */
    public void setHubModel(String hubModel) {
        this.hubModel = hubModel;
    }

    public String getHubModel() {
        return hubModel;
    }

    /**
     * Sets the link model name.
     * Placeholders: {link}. Default: <code>l_{link}</code>. Example:
     * <code>&lt;linkModel&gt;lnk_{link}&lt;/linkModel&gt;</code>.
     */
    public void setLinkModel(String linkModel) {
        this.linkModel = linkModel;
    }

    public String getLinkModel() {
        return linkModel;
    }

    /**
     * Sets the satellite model name.
     * Placeholders: {entity}, {group}, {source}. Default: <code>s_{entity}_{group}_{source}</code>. Example:
     * <code>&lt;satelliteModel&gt;sat_{entity}_{group}_{source}&lt;/satelliteModel&gt;</code>.
     */
    public void setSatelliteModel(String satelliteModel) {
        this.satelliteModel = satelliteModel;
    }

    public String getSatelliteModel() {
        return satelliteModel;
    }

    /**
     * Sets the hub hash key column.
     * Placeholders: {entity}. Default: <code>{entity}_hk</code>. Example:
     * <code>&lt;hubHashKey&gt;{entity}_hash_key&lt;/hubHashKey&gt;</code>.
     */
    public void setHubHashKey(String hubHashKey) {
        this.hubHashKey = hubHashKey;
    }

    public String getHubHashKey() {
        return hubHashKey;
    }

    /**
     * Sets the link hash key column.
     * Placeholders: {link}. Default: <code>{link}_hk</code>. Example:
     * <code>&lt;linkHashKey&gt;{link}_hash_key&lt;/linkHashKey&gt;</code>.
     */
    public void setLinkHashKey(String linkHashKey) {
        this.linkHashKey = linkHashKey;
    }

    public String getLinkHashKey() {
        return linkHashKey;
    }

    /**
     * Sets the business key column of a single-column key.
     * Placeholders: {entity}. Default: <code>{entity}_bk</code>. Example:
     * <code>&lt;businessKey&gt;{entity}_business_key&lt;/businessKey&gt;</code>.
     */
    public void setBusinessKey(String businessKey) {
        this.businessKey = businessKey;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    /**
     * Sets the one business key column of a composite key.
     * Placeholders: {entity}, {key}. Default: <code>{entity}_{key}_bk</code>. Example:
     * <code>&lt;compositeBusinessKey&gt;{entity}_{key}_business_key&lt;/compositeBusinessKey&gt;</code>.
     */
    public void setCompositeBusinessKey(String compositeBusinessKey) {
        this.compositeBusinessKey = compositeBusinessKey;
    }

    public String getCompositeBusinessKey() {
        return compositeBusinessKey;
    }

    /**
     * Sets the hashdiff column of a satellite.
     * Placeholders: {entity}, {group}. Default: <code>{group}_hashdiff</code>. Example:
     * <code>&lt;hashdiff&gt;{entity}_{group}_hashdiff&lt;/hashdiff&gt;</code>.
     */
    public void setHashdiff(String hashdiff) {
        this.hashdiff = hashdiff;
    }

    public String getHashdiff() {
        return hashdiff;
    }

    /**
     * Sets the dbt source name of a source system.
     * Placeholders: {source}. Default: <code>raw_{source}</code>. Example:
     * <code>&lt;rawSource&gt;src_{source}&lt;/rawSource&gt;</code>.
     */
    public void setRawSource(String rawSource) {
        this.rawSource = rawSource;
    }

    public String getRawSource() {
        return rawSource;
    }

    /**
     * Sets the folder of staging models under models/.
     * Placeholders: {source}. Default: <code>staging/{source}</code>. Example:
     * <code>&lt;stagingFolder&gt;stage/{source}&lt;/stagingFolder&gt;</code>.
     */
    public void setStagingFolder(String stagingFolder) {
        this.stagingFolder = stagingFolder;
    }

    public String getStagingFolder() {
        return stagingFolder;
    }

    /**
     * Sets the folder of hubs under models/.
     * Placeholders: none. Default: {@code integration/hubs}. Example:
     * {@code <hubFolder>raw_vault/hubs</hubFolder>}.
     */
    public void setHubFolder(String hubFolder) {
        this.hubFolder = hubFolder;
    }

    public String getHubFolder() {
        return hubFolder;
    }

    /**
     * Sets the folder of links under models/.
     * Placeholders: none. Default: {@code integration/links}. Example:
     * {@code <linkFolder>raw_vault/links</linkFolder>}.
     */
    public void setLinkFolder(String linkFolder) {
        this.linkFolder = linkFolder;
    }

    public String getLinkFolder() {
        return linkFolder;
    }

    /**
     * Sets the folder of satellites under models/.
     * Placeholders: none. Default: {@code integration/satellites}. Example:
     * {@code <satelliteFolder>raw_vault/satellites</satelliteFolder>}.
     */
    public void setSatelliteFolder(String satelliteFolder) {
        this.satelliteFolder = satelliteFolder;
    }

    public String getSatelliteFolder() {
        return satelliteFolder;
    }

    /**
     * Sets the record source column of every vault table.
     * Placeholders: none. Default: {@code record_source}. Example:
     * {@code <recordSourceColumn>rsrc</recordSourceColumn>}.
     */
    public void setRecordSourceColumn(String recordSourceColumn) {
        this.recordSourceColumn = recordSourceColumn;
    }

    public String getRecordSourceColumn() {
        return recordSourceColumn;
    }

    /**
     * Sets the load timestamp column of every vault table, and the default source column holding it.
     * Placeholders: none. Default: {@code load_timestamp}. Example:
     * {@code <loadTimestampColumn>load_dts</loadTimestampColumn>}.
     */
    public void setLoadTimestampColumn(String loadTimestampColumn) {
        this.loadTimestampColumn = loadTimestampColumn;
    }

    public String getLoadTimestampColumn() {
        return loadTimestampColumn;
    }

    /**
     * Sets the name patterns of further structure kinds (effectivity satellites, reference tables, ...) by
     * pattern name. Example: <code>&lt;patterns&gt;&lt;effectivitySatelliteModel&gt;es_{link}_{source}&lt;/effectivitySatelliteModel&gt;&lt;/patterns&gt;</code>.
     */
    public void setPatterns(Map<String, String> patterns) {
        this.patterns = new TreeMap<>(patterns);
    }

    public Map<String, String> getPatterns() {
        return patterns;
    }

    /** The conventions this configuration describes; check {@link NamingConventions#problems()} before use. */
    public NamingConventions toConventions() {
        return new NamingConventions(
                stagingModel,
                hubModel,
                linkModel,
                satelliteModel,
                hubHashKey,
                linkHashKey,
                businessKey,
                compositeBusinessKey,
                hashdiff,
                rawSource,
                stagingFolder,
                hubFolder,
                linkFolder,
                satelliteFolder,
                recordSourceColumn,
                loadTimestampColumn,
                patterns);
    }
}
