package io.dvmaven.templates;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.target.IncrementalConfig;
import io.dvmaven.model.target.WarehouseTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * How to render.
 *
 * @param generatorVersion  version written into every header
 * @param templateDirectory user directory whose templates override the built-in ones file by file; may be null
 * @param generatedAt       timestamp written into headers; {@code null} (the default) writes none, so output
 *                          is byte-identical across runs
 * @param duckdbShims       also render the {@code duckdb__*} dispatch shims AutomateDV needs on DuckDB
 * @param naming            the naming conventions the vault was resolved with; the renderer needs the record
 *                          source and load timestamp column names, which the vault does not carry
 * @param target            the warehouse; decides which dispatch macros are generated ({@link TargetMacros})
 * @param incremental       the incremental configuration of the insert-only vault models ({@code null}: the
 *                          target's defaults); templates read it as {@code incrementalConfig}
 * @param settings          the project settings (ghost records and source filter shape satellites and tests)
 */
public record RenderOptions(String generatorVersion, Path templateDirectory, Instant generatedAt, boolean duckdbShims,
                            NamingConventions naming, WarehouseTarget target, IncrementalConfig incremental,
                            ProjectSettings settings) {

    public RenderOptions {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(naming, "naming");
        target = target == null ? WarehouseTarget.defaultTarget() : target;
        incremental = incremental == null ? IncrementalConfig.defaults(target) : incremental;
        settings = settings == null ? ProjectSettings.DEFAULTS : settings;
    }

    /** Options for a target with its default incremental configuration and the default project settings. */
    public RenderOptions(String generatorVersion, Path templateDirectory, Instant generatedAt, boolean duckdbShims,
                         NamingConventions naming, WarehouseTarget target) {
        this(generatorVersion, templateDirectory, generatedAt, duckdbShims, naming, target, null, null);
    }

    /** Options for a target with the given incremental configuration and the default project settings. */
    public RenderOptions(String generatorVersion, Path templateDirectory, Instant generatedAt, boolean duckdbShims,
                         NamingConventions naming, WarehouseTarget target, IncrementalConfig incremental) {
        this(generatorVersion, templateDirectory, generatedAt, duckdbShims, naming, target, incremental, null);
    }

    public RenderOptions withSettings(ProjectSettings projectSettings) {
        return new RenderOptions(generatorVersion, templateDirectory, generatedAt, duckdbShims, naming, target,
                incremental, projectSettings);
    }

    /** Options for the default target (DuckDB). */
    public RenderOptions(String generatorVersion, Path templateDirectory, Instant generatedAt, boolean duckdbShims,
                         NamingConventions naming) {
        this(generatorVersion, templateDirectory, generatedAt, duckdbShims, naming, WarehouseTarget.defaultTarget());
    }

    /** Options for a vault resolved with the default naming conventions. */
    public RenderOptions(String generatorVersion, Path templateDirectory, Instant generatedAt, boolean duckdbShims) {
        this(generatorVersion, templateDirectory, generatedAt, duckdbShims, NamingConventions.defaults());
    }
}
