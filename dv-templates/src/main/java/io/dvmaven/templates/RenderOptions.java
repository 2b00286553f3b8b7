package io.dvmaven.templates;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How to render.
 *
 * @param generatorVersion  version written into every header
 * @param templateDirectory user directory whose templates override the built-in ones file by file; may be null
 * @param generatedAt       timestamp written into headers; {@code null} (the default) writes none, so output
 *                          is byte-identical across runs
 * @param duckdbShims       also render the {@code duckdb__*} dispatch shims AutomateDV needs on DuckDB
 */
public record RenderOptions(String generatorVersion, Path templateDirectory, Instant generatedAt, boolean duckdbShims) {
}
