package io.dvmaven.draft;

import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The tools a model may call while drafting, with fixed contracts:
 * <ul>
 * <li>{@code list_models}: no input; the project's dbt models (approved {@code ref()} targets) as a JSON array of
 * names; timeout 3 s; errors {@code E_TIMEOUT}, {@code E_EMPTY} (no models).</li>
 * <li>{@code fetch_source_columns}: {@code {"source_name", "table_name"}} (source name is the schema); JSON array
 * of {@code {name, data_type, tests}}; timeout 5 s; errors {@code E_TIMEOUT}, {@code E_NOT_FOUND} (not a declared
 * source table), {@code E_BAD_INPUT}.</li>
 * </ul>
 * Results and errors are JSON strings sent back as {@code tool} messages; nothing here reaches a file.
 */
public final class DraftTools {

    static final Duration LIST_MODELS_TIMEOUT = Duration.ofSeconds(3);
    static final Duration FETCH_COLUMNS_TIMEOUT = Duration.ofSeconds(5);

    private final Path projectDirectory;
    private final SourceCatalog catalog;

    public DraftTools(Path projectDirectory, SourceCatalog catalog) {
        this.projectDirectory = projectDirectory;
        this.catalog = catalog;
    }

    /** The {@code tools} array of the request. */
    public List<Map<String, Object>> definitions() {
        Map<String, Object> noInput = new LinkedHashMap<>();
        noInput.put("type", "object");
        noInput.put("properties", Map.of());
        Map<String, Object> tableInput = new LinkedHashMap<>();
        tableInput.put("type", "object");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("source_name", Map.of("type", "string"));
        properties.put("table_name", Map.of("type", "string"));
        tableInput.put("properties", properties);
        tableInput.put("required", List.of("source_name", "table_name"));
        return List.of(function("list_models", "Return the approved ref() targets (existing dbt models)", noInput),
                function("fetch_source_columns", "Return the columns of a declared source table (source_name is "
                        + "its schema)", tableInput));
    }

    /** Runs one call within its timeout; never throws, errors are {@code {"error": "E_..."}} results. */
    public String call(String name, String arguments) {
        Duration timeout = "list_models".equals(name) ? LIST_MODELS_TIMEOUT : FETCH_COLUMNS_TIMEOUT;
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dv-draft-tool");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Object> result = executor.submit(() -> run(name, arguments));
            return Json.write(result.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return error("E_TIMEOUT", name + " took longer than " + timeout.toSeconds() + "s");
        } catch (ExecutionException e) {
            return error("E_INTERNAL", name + " failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("E_TIMEOUT", "interrupted");
        } finally {
            executor.shutdownNow();
        }
    }

    private Object run(String name, String arguments) throws IOException {
        switch (name) {
            case "list_models" -> {
                List<String> models = models();
                return models.isEmpty() ? errorMap("E_EMPTY", "the project has no models yet")
                        : models;
            }
            case "fetch_source_columns" -> {
                Object parsed;
                try {
                    parsed = Json.parse(arguments == null || arguments.isBlank() ? "{}" : arguments);
                } catch (Json.JsonSyntaxException e) {
                    return errorMap("E_BAD_INPUT", "arguments are not JSON");
                }
                if (!(parsed instanceof Map<?, ?> input) || !(input.get("source_name") instanceof String source)
                        || !(input.get("table_name") instanceof String table)) {
                    return errorMap("E_BAD_INPUT", "give source_name and table_name");
                }
                if (!catalog.hasTable(source, table)) {
                    return errorMap("E_NOT_FOUND", source + "." + table
                            + " is not a declared source table");
                }
                List<Map<String, Object>> columns = new ArrayList<>();
                for (String column : catalog.columns(source, table)) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("name", column);
                    item.put("data_type", null);
                    item.put("tests", List.of());
                    columns.add(item);
                }
                return columns;
            }
            default -> {
                return errorMap("E_UNKNOWN_TOOL", "no tool named " + name);
            }
        }
    }

    private List<String> models() throws IOException {
        Path models = projectDirectory.resolve("models");
        if (!Files.isDirectory(models)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(models)) {
            return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".sql")).map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    private static String error(String code, String message) {
        return Json.write(errorMap(code, message));
    }

    private static Map<String, Object> errorMap(String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", code);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> function(String name, String description, Map<String, Object> parameters) {
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("name", name);
        function.put("description", description);
        function.put("parameters", parameters);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("type", "function");
        tool.put("function", function);
        return tool;
    }
}
