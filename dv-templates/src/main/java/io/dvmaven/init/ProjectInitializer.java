package io.dvmaven.init;

import io.dvmaven.generate.GenerationIoException;
import io.dvmaven.init.InitResult.Action;
import io.dvmaven.init.InitResult.InitFile;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.SpecSchema;
import io.dvmaven.model.parse.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Sets up a directory as a thin-pom dbt project for the plugin: writes what is missing and never overwrites a
 * file. In an existing dbt project it keeps {@code dbt_project.yml} and takes the project and profile names from
 * it. {@code .gitignore} is the one file that may change, and only by appending missing entries.
 */
public final class ProjectInitializer {

    /** Entries {@code .gitignore} must have: Maven's and dbt's outputs, dbt's installed packages and logs. */
    public static final List<String> GITIGNORE_ENTRIES = List.of("target/", "dbt_packages/", "logs/");
    /** The example spec's file name under the spec directory. */
    public static final String EXAMPLE_SPEC = "customer.yml";
    /** Folder under the spec directory holding the schema; the spec loader skips dot-folders. */
    public static final String SCHEMA_FOLDER = ".dv";

    private static final String RESOURCES = "/io/dvmaven/init/";

    /**
     * Writes the missing files and logs one line per file ({@code created X} / {@code kept X (exists)}).
     *
     * @throws InitException        when an existing {@code dbt_project.yml} cannot be read
     * @throws GenerationIoException when a file cannot be read or written
     */
    public InitResult init(InitRequest request, DvLog log) throws InitException, GenerationIoException {
        Path directory = request.directory().toAbsolutePath().normalize();
        Path specs = request.specDirectory().toAbsolutePath().normalize();
        createDirectories(directory);

        Path dbtProjectFile = directory.resolve("dbt_project.yml");
        Map<String, String> existing = Files.isRegularFile(dbtProjectFile) ? readDbtProject(dbtProjectFile) : null;
        String projectName = existing != null && existing.get("name") != null ? existing.get("name")
                : request.projectName() != null ? request.projectName() : projectName(directory);
        String profile = existing != null ? existing.get("profile") : projectName;
        if (existing != null && profile == null) {
            log.warn("dbt_project.yml has no 'profile:'; dv:verify needs one (any name; add 'profile: "
                    + projectName + "')");
        }
        String artifactId = request.artifactId() != null ? request.artifactId() : projectName.replace('_', '-');

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("GROUP_ID", request.groupId());
        tokens.put("ARTIFACT_ID", artifactId);
        tokens.put("VERSION", request.version());
        tokens.put("PROJECT_NAME", projectName);
        tokens.put("PROFILE", profile == null ? projectName : profile);
        tokens.put("PLUGIN_GROUP_ID", request.pluginGroupId());
        tokens.put("PLUGIN_ARTIFACT_ID", request.pluginArtifactId());
        tokens.put("PLUGIN_VERSION", request.pluginVersion());
        tokens.put("GOALS", request.goals().stream().map(goal -> "              <goal>" + goal + "</goal>")
                .collect(Collectors.joining("\n")));
        tokens.put("VERIFY_NOTE", request.goals().contains("verify") ? " and checks them with dbt (dv:verify)" : "");

        List<InitFile> files = new ArrayList<>();
        files.add(writeIfMissing(directory, directory.resolve("pom.xml"), fill(resource("pom.xml.template"), tokens),
                "exists"));
        files.add(writeIfMissing(directory, dbtProjectFile, fill(resource("dbt_project.yml.template"), tokens),
                "exists"));
        files.add(packages(directory, log));
        files.add(writeIfMissing(directory, specs.resolve(SCHEMA_FOLDER).resolve(SpecSchema.FILE_NAME),
                SpecSchema.text(), "exists; delete it and run dv:init again to get this plugin version's schema"));
        files.add(exampleSpec(directory, specs));
        files.add(gitignore(directory));
        files.forEach(file -> log.info(file.describe()));
        return new InitResult(projectName, profile, List.copyOf(files));
    }

    /** The dbt project name for a directory: its name in lower snake_case, never an SQL reserved word. */
    public static String projectName(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        String snake = Names.toSnakeCase(name == null ? "dbt_project" : name.toString());
        return Names.isReserved(snake) ? snake + "_project" : snake;
    }

    // ---------------------------------------------------------------- files

    private InitFile packages(Path directory, DvLog log) throws GenerationIoException {
        Path dependencies = directory.resolve("dependencies.yml");
        if (Files.isRegularFile(dependencies) && !Files.exists(directory.resolve("packages.yml"))) {
            warnWithoutAutomateDv(dependencies, log);
            return new InitFile("packages.yml", Action.KEPT, "not written: dependencies.yml declares the packages");
        }
        InitFile file = writeIfMissing(directory, directory.resolve("packages.yml"), resource("packages.yml"),
                "exists");
        if (file.action() == Action.KEPT) {
            warnWithoutAutomateDv(directory.resolve("packages.yml"), log);
        }
        return file;
    }

    private void warnWithoutAutomateDv(Path declarations, DvLog log) throws GenerationIoException {
        String text = read(declarations).toLowerCase(Locale.ROOT);
        if (!text.contains("automate_dv")) {
            log.warn(declarations.getFileName() + " does not declare AutomateDV; the generated models need it: add"
                    + " '- package: Datavault-UK/automate_dv' with 'version: 0.11.5'");
        }
    }

    private InitFile exampleSpec(Path directory, Path specs) throws GenerationIoException {
        Path example = specs.resolve(EXAMPLE_SPEC);
        long specCount = countSpecs(specs);
        if (!Files.exists(example) && specCount > 0) {
            return new InitFile(relative(directory, example), Action.KEPT, "not written: "
                    + relative(directory, specs) + "/ already holds " + specCount + (specCount == 1 ? " spec" : " specs"));
        }
        return writeIfMissing(directory, example, resource("specs/" + EXAMPLE_SPEC), "exists");
    }

    private InitFile gitignore(Path directory) throws GenerationIoException {
        Path file = directory.resolve(".gitignore");
        if (!Files.exists(file)) {
            return writeIfMissing(directory, file, "# Created by dv:init: build outputs, dbt packages and logs\n"
                    + String.join("\n", GITIGNORE_ENTRIES) + "\n", "exists");
        }
        String text = read(file);
        List<String> present = text.lines().map(String::strip).map(ProjectInitializer::gitignoreKey).toList();
        List<String> missing = GITIGNORE_ENTRIES.stream()
                .filter(entry -> !present.contains(gitignoreKey(entry))).toList();
        if (missing.isEmpty()) {
            return new InitFile(".gitignore", Action.KEPT, "exists, has " + String.join(", ", GITIGNORE_ENTRIES));
        }
        String addition = (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "# Added by dv:init\n"
                + String.join("\n", missing) + "\n";
        try {
            Files.writeString(file, addition, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new GenerationIoException("append to", file, e);
        }
        return new InitFile(".gitignore", Action.APPENDED, "appended " + String.join(", ", missing));
    }

    /** {@code /target/}, {@code target/} and {@code target} all ignore the project's target folder. */
    private static String gitignoreKey(String line) {
        String key = line.startsWith("/") ? line.substring(1) : line;
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }

    private InitFile writeIfMissing(Path directory, Path file, String content, String keptDetail)
            throws GenerationIoException {
        String shown = relative(directory, file);
        if (Files.exists(file)) {
            return new InitFile(shown, Action.KEPT, keptDetail);
        }
        createDirectories(file.getParent());
        try {
            // CREATE_NEW: a file that appeared meanwhile is still never overwritten
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return new InitFile(shown, Action.KEPT, keptDetail);
        } catch (IOException e) {
            throw new GenerationIoException("write", file, e);
        }
        return new InitFile(shown, Action.CREATED, "");
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, String> readDbtProject(Path file) throws InitException, GenerationIoException {
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel("dbt_project.yml").build())
                    .loadFromString(read(file));
        } catch (YamlEngineException e) {
            throw new InitException(file, "dbt_project.yml is not valid YAML: " + firstLine(e.getMessage()),
                    "fix the YAML syntax of dbt_project.yml, then run dv:init again");
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new InitException(file, "dbt_project.yml is not a mapping of dbt settings",
                    "write dbt_project.yml as 'name: ...', 'profile: ...' lines, or remove it to get a new one");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", root.get("name") == null ? null : String.valueOf(root.get("name")));
        settings.put("profile", root.get("profile") == null ? null : String.valueOf(root.get("profile")));
        return settings;
    }

    private static long countSpecs(Path specs) throws GenerationIoException {
        if (!Files.isDirectory(specs)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(specs)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !hidden(specs.relativize(path)))
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml") || name.endsWith(".json"))
                    .count();
        } catch (IOException | UncheckedIOException e) {
            throw new GenerationIoException("list", specs, e instanceof IOException io ? io
                    : ((UncheckedIOException) e).getCause());
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String fill(String template, Map<String, String> tokens) {
        String text = template;
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            text = text.replace("@" + token.getKey() + "@", token.getValue());
        }
        return text;
    }

    static String resource(String name) {
        try (InputStream in = ProjectInitializer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) throws GenerationIoException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GenerationIoException("read", file, e);
        }
    }

    private static void createDirectories(Path directory) throws GenerationIoException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new GenerationIoException("create directory", directory, e);
        }
    }

    private static String relative(Path directory, Path file) {
        Path shown = file.startsWith(directory) ? directory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
