package io.dvmaven.plugin.dbt;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads the per-node results dbt writes to {@code target/run_results.json} (JSON is read as YAML 1.2). */
public final class RunResultsReader {

    private RunResultsReader() {
    }

    /** The nodes, sorted by id; empty when the file is missing or unreadable. */
    public static List<DbtNodeResult> read(Path runResults) {
        if (!Files.isRegularFile(runResults)) {
            return List.of();
        }
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE)
                .setLabel(runResults.toString()).build();
        Object document;
        try (Reader reader = Files.newBufferedReader(runResults, StandardCharsets.UTF_8)) {
            document = new Load(settings).loadFromReader(reader);
        } catch (IOException | YamlEngineException e) {
            return List.of();
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("results") instanceof List<?> results)) {
            return List.of();
        }
        List<DbtNodeResult> nodes = new ArrayList<>();
        for (Object item : results) {
            if (item instanceof Map<?, ?> result && result.get("unique_id") instanceof String id) {
                Object time = result.get("execution_time");
                Object failures = result.get("failures");
                nodes.add(new DbtNodeResult(id, id.contains(".") ? id.substring(0, id.indexOf('.')) : id,
                        String.valueOf(result.get("status")),
                        time instanceof Number number ? number.doubleValue() : 0.0,
                        result.get("message") instanceof String message ? message : null,
                        failures instanceof Number count ? count.intValue() : null));
            }
        }
        nodes.sort(Comparator.comparing(DbtNodeResult::uniqueId));
        return List.copyOf(nodes);
    }
}
