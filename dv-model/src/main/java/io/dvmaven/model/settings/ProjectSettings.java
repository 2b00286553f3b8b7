package io.dvmaven.model.settings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Project-wide settings from {@code specs/dv_settings.yml}: hashing, NULL-key placeholders, ghost records, the
 * satellites' source filter, and acknowledged rehashes. All but the last become dbt vars or model config.
 *
 * @param file              the settings file relative to the project, or {@code null} when there is none
 * @param hashing           hash settings
 * @param nullKeyRequired   AutomateDV {@code null_key_required}: what a NULL required key part loads as
 * @param nullKeyOptional   AutomateDV {@code null_key_optional}: what a NULL optional key part loads as
 * @param ghostRecords      AutomateDV {@code enable_ghost_records}: satellites hold one ghost record each
 * @param applySourceFilter satellites load only stage rows newer than the latest stored version of their key
 *                          (AutomateDV {@code apply_source_filter}); off, late-arriving rows are loaded too
 * @param rehash            acknowledged changes of hash definitions
 */
public record ProjectSettings(String file, HashSettings hashing, String nullKeyRequired, String nullKeyOptional,
                              boolean ghostRecords, boolean applySourceFilter, List<RehashAcknowledgement> rehash) {

    /** The name of the settings file, at the top of the spec directory. */
    public static final String FILE_NAME = "dv_settings.yml";

    /** AutomateDV's defaults, used when the project has no settings file. */
    public static final ProjectSettings DEFAULTS = new ProjectSettings(null, HashSettings.DEFAULTS, "-1", "-2", false,
            false, List.of());

    /** The record source AutomateDV writes into ghost records ({@code system_record_value}). */
    public static final String GHOST_RECORD_SOURCE = "AUTOMATE_DV_SYSTEM";

    public ProjectSettings {
        rehash = List.copyOf(rehash);
    }

    /** The dbt vars the settings stand for, by name, as YAML scalars; empty without a settings file. */
    public Map<String, String> dbtVars() {
        Map<String, String> vars = new TreeMap<>();
        if (file == null) {
            return vars;
        }
        vars.put("hash", hashing.automateDvHash());
        vars.put("concat_string", quoted(hashing.concatString()));
        vars.put("null_placeholder_string", quoted(hashing.nullPlaceholder()));
        vars.put("hash_content_casing", hashing.casing());
        vars.put("null_key_required", quoted(nullKeyRequired));
        vars.put("null_key_optional", quoted(nullKeyOptional));
        vars.put("enable_ghost_records", Boolean.toString(ghostRecords));
        return vars;
    }

    /** A YAML single-quoted scalar. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
