package io.dvmaven.model;

import io.dvmaven.model.mermaid.DiagramSpecs;
import io.dvmaven.model.mermaid.ErDiagram;
import io.dvmaven.model.mermaid.MermaidSources;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.parse.SpecCache;
import io.dvmaven.model.parse.SpecParser;
import io.dvmaven.model.parse.input.GeneratedPaths;
import io.dvmaven.model.parse.input.SpecText;
import io.dvmaven.model.parse.input.UnavailableEntities;
import io.dvmaven.model.resolve.DesignValidator;
import io.dvmaven.model.resolve.VaultResolver;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.settings.ProjectSettingsReader;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.vault.Vault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * Entry point of the model: reads every spec under a directory, validates each file and the design as a
 * whole, and resolves it into a {@link io.dvmaven.model.vault.Vault}. Never throws for bad input: every
 * problem becomes a {@link Diagnostic}.
 */
public final class DesignLoader {

    private static final List<String> SPEC_SUFFIXES = List.of(".yml", ".yaml", ".json", ".mmd", ".md");
    private static final List<String> DRAFT_SUFFIXES = List.of(".draft.yml", ".draft.yaml", ".draft.json");

    private DesignLoader() {
    }

    /**
     * @param projectDirectory the dbt project directory; spec paths in diagnostics are relative to it
     * @param specDirectory    directory holding {@code *.yml}, {@code *.yaml}, {@code *.json} specs and
     *                         Mermaid erDiagrams ({@code *.mmd}, {@code ```mermaid} blocks in {@code *.md})
     *                         (searched recursively; files ending {@code .draft.yml} are ignored)
     * @param naming           naming conventions to name every object with
     * @return the loaded design; I/O failures reading a file are reported as diagnostics on that file
     */
    public static DesignResult load(Path projectDirectory, Path specDirectory, NamingConventions naming) {
        return load(projectDirectory, specDirectory, naming, 1);
    }

    /**
     * Like {@link #load(Path, Path, NamingConventions)}, parsing the files on up to {@code threads} threads when
     * there are at least {@link #PARALLEL_THRESHOLD} of them. The result is the same as a single-threaded load:
     * every list in it is sorted.
     */
    public static DesignResult load(Path projectDirectory, Path specDirectory, NamingConventions naming,
                                    int threads) {
        return load(projectDirectory, specDirectory, naming, threads, SpecCache.none());
    }

    /**
     * Like {@link #load(Path, Path, NamingConventions, int)}, taking the parse of a YAML/JSON spec from
     * {@code cache} when it holds one of the same bytes, and recording every fresh parse in it. The result is
     * the same as without a cache.
     */
    public static DesignResult load(Path projectDirectory, Path specDirectory, NamingConventions naming,
                                    int threads, SpecCache cache) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path specs = project.resolve(specDirectory).normalize();
        Diagnostics diagnostics = new Diagnostics();
        List<Decision> decisions = new ArrayList<>();
        List<String> specFiles = new ArrayList<>();
        List<EntitySpec> entities = new ArrayList<>();
        List<ErDiagram> diagrams = new ArrayList<>();
        ProjectSettings settings = ProjectSettings.DEFAULTS;
        // YAML findings wait until the diagrams are known: a spec completing a diagram's entity may omit hub
        Diagnostics specDiagnostics = new Diagnostics();

        for (String problem : naming.problems()) {
            diagnostics.error(SourceLocation.ofFile("naming"), "naming.invalid-pattern", problem, null);
        }
        if (!Files.isDirectory(specs)) {
            diagnostics.error(SourceLocation.ofFile(relative(project, specs)), "spec.no-directory",
                    "spec directory does not exist", "create it with one spec file per entity, or set specDirectory");
        } else {
            Path settingsFile = specs.resolve(ProjectSettings.FILE_NAME);
            settings = ProjectSettingsReader.read(settingsFile, relative(project, settingsFile), diagnostics);
            List<Path> files = specFiles(specs, project, diagnostics);
            if (files.isEmpty()) {
                diagnostics.warning(SourceLocation.ofFile(relative(project, specs)), "spec.no-files",
                        "no spec files (*.yml, *.yaml, *.json, *.mmd, *.md) found", "add one spec file per entity");
            }
            List<Path> specDocuments = new ArrayList<>();
            for (Path file : files) {
                String name = relative(project, file);
                if (MermaidSources.isDiagramFile(name)) {
                    List<ErDiagram> found = readDiagrams(file, name, diagnostics);
                    if (!found.isEmpty() || !name.endsWith(".md")) {
                        specFiles.add(name); // a Markdown file without an erDiagram is documentation
                    }
                    diagrams.addAll(found);
                } else {
                    specFiles.add(name);
                    specDocuments.add(file);
                }
            }
            if (threads > 1 && specDocuments.size() >= PARALLEL_THRESHOLD) {
                readInParallel(specDocuments, project, threads, specDiagnostics, decisions, entities, cache);
            } else {
                for (Path file : specDocuments) {
                    entities.addAll(read(file, relative(project, file), specDiagnostics, decisions, cache));
                }
            }
        }
        try {
            entities = new ArrayList<>(DiagramSpecs.combine(entities, specDiagnostics.sorted(), diagrams, naming,
                    diagnostics, decisions));
        } catch (RuntimeException e) {
            diagnostics.error(SourceLocation.ofFile(relative(project, specs)), "spec.internal",
                    "could not read the diagrams: " + e, "report this together with the spec files");
        }
        Vault vault = null;
        try {
            // cross-file checks see every document that parsed, even when other files have errors
            Diagnostics crossFile = new Diagnostics();
            DesignValidator.validate(entities, naming, crossFile);
            diagnostics.addAll(UnavailableEntities.rewrite(specDiagnostics.sorted(), crossFile.sorted()));
            if (!diagnostics.hasErrors()) {
                vault = VaultResolver.resolve(entities, naming, decisions);
                vault = GeneratedPaths.checked(project, vault, entities, diagnostics);
            }
        } catch (RuntimeException e) {
            // a defect here must still not reach the user as a stack trace
            diagnostics.error(SourceLocation.ofFile(relative(project, specs)), "spec.internal",
                    "could not resolve the design: " + e, "report this together with the spec files");
            vault = null;
        }
        entities.sort(Comparator.comparing((EntitySpec e) -> e.name().value()).thenComparing(EntitySpec::specFile));
        decisions.sort(Comparator.comparing(Decision::subject).thenComparing(Decision::text));
        return new DesignResult(List.copyOf(specFiles), List.copyOf(entities), vault, diagnostics.sorted(),
                List.copyOf(decisions), settings);
    }

    /** Spec files from which parsing is spread over threads; below it thread start-up costs more than it saves. */
    public static final int PARALLEL_THRESHOLD = 64;

    /** One file's parse, kept apart so threads share nothing; merged in file order. */
    private record FileParse(List<EntitySpec> entities, List<Diagnostic> diagnostics, List<Decision> decisions) {
    }

    private static void readInParallel(List<Path> files, Path project, int threads, Diagnostics diagnostics,
                                       List<Decision> decisions, List<EntitySpec> entities, SpecCache cache) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<FileParse> parses = pool.submit(() -> files.parallelStream().map(file -> {
                Diagnostics own = new Diagnostics();
                List<Decision> ownDecisions = new ArrayList<>();
                List<EntitySpec> parsed = read(file, relative(project, file), own, ownDecisions, cache);
                return new FileParse(parsed, own.sorted(), ownDecisions);
            }).toList()).join();
            for (FileParse parse : parses) {
                entities.addAll(parse.entities());
                diagnostics.addAll(parse.diagnostics());
                decisions.addAll(parse.decisions());
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * SHA-256 of every spec file {@link #load} would read, by path relative to the project; empty when the
     * directory does not exist. Cheap next to a load: it reads the bytes but parses nothing.
     */
    public static SortedMap<String, String> specHashes(Path projectDirectory, Path specDirectory) throws IOException {
        SortedMap<String, String> hashes = new TreeMap<>();
        for (var spec : specFiles(projectDirectory, specDirectory).entrySet()) {
            hashes.put(spec.getKey(), sha256(Files.readAllBytes(spec.getValue())));
        }
        return hashes;
    }

    /**
     * Every spec file {@link #load} would read: its path relative to the project (the key {@link #specHashes}
     * uses) to its absolute path, sorted; empty when the directory does not exist. Reads no file.
     */
    public static SortedMap<String, Path> specFiles(Path projectDirectory, Path specDirectory) throws IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path specs = project.resolve(specDirectory).normalize();
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(specs)) {
            return files;
        }
        Diagnostics problems = new Diagnostics();
        for (Path file : specFiles(specs, project, problems)) {
            files.put(relative(project, file), file);
        }
        if (problems.hasErrors()) {
            throw new IOException("cannot list spec directory " + specs);
        }
        return files;
    }

    private static List<Path> specFiles(Path specs, Path project, Diagnostics diagnostics) {
        try (Stream<Path> walk = Files.walk(specs)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> isSpec(specs.relativize(path)))
                    .sorted(Comparator.comparing(path -> relative(project, path)))
                    .toList();
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourceLocation.ofFile(relative(project, specs)), "spec.io",
                    "cannot list spec directory: " + e.getMessage(), "check that the directory is readable");
            return List.of();
        }
    }

    private static boolean isSpec(Path relativePath) {
        for (Path part : relativePath) {
            if (part.toString().startsWith(".")) {
                return false;
            }
        }
        String name = relativePath.getFileName().toString();
        if (relativePath.getNameCount() == 1 && name.equals(ProjectSettings.FILE_NAME)) {
            return false; // the project settings, read on their own
        }
        return SPEC_SUFFIXES.stream().anyMatch(name::endsWith) && DRAFT_SUFFIXES.stream().noneMatch(name::endsWith);
    }

    private static List<EntitySpec> read(Path file, String name, Diagnostics diagnostics, List<Decision> decisions,
                                         SpecCache cache) {
        byte[] bytes = readBytes(file, name, diagnostics);
        if (bytes == null) {
            return List.of();
        }
        String sha256 = sha256(bytes);
        SpecCache.ParsedSpec cached = cache.get(name, sha256);
        if (cached != null) {
            diagnostics.addAll(cached.diagnostics());
            decisions.addAll(cached.decisions());
            return cached.entities();
        }
        Diagnostics own = new Diagnostics();
        List<Decision> ownDecisions = new ArrayList<>();
        List<EntitySpec> parsed = parse(name, sha256, bytes, own, ownDecisions);
        cache.put(new SpecCache.ParsedSpec(name, sha256, List.copyOf(parsed), own.sorted(),
                List.copyOf(ownDecisions)));
        diagnostics.addAll(own.sorted());
        decisions.addAll(ownDecisions);
        return parsed;
    }

    private static List<EntitySpec> parse(String name, String sha256, byte[] bytes, Diagnostics diagnostics,
                                          List<Decision> decisions) {
        String text = decode(bytes, name, diagnostics);
        if (text == null) {
            return List.of();
        }
        try {
            return SpecParser.parse(name, sha256, text, diagnostics, decisions);
        } catch (RuntimeException e) {
            // a parser defect must still not reach the user as a stack trace
            diagnostics.error(new SourceLocation(name, 1, 1), "spec.internal", "could not read the spec: " + e,
                    "report this together with the spec file");
            return List.of();
        }
    }

    private static List<ErDiagram> readDiagrams(Path file, String name, Diagnostics diagnostics) {
        byte[] bytes = readBytes(file, name, diagnostics);
        String text = bytes == null ? null : decode(bytes, name, diagnostics);
        if (text == null) {
            return List.of();
        }
        try {
            return MermaidSources.read(name, sha256(bytes), text, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.error(new SourceLocation(name, 1, 1), "spec.internal", "could not read the diagram: " + e,
                    "report this together with the spec file");
            return List.of();
        }
    }

    private static byte[] readBytes(Path file, String name, Diagnostics diagnostics) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(name), "spec.io", "cannot read spec file: " + e.getMessage(),
                    "check that the file is readable");
            return null;
        }
    }

    /** The file's text without a byte order mark, or {@code null} after reporting bad UTF-8. */
    private static String decode(byte[] bytes, String name, Diagnostics diagnostics) {
        return SpecText.decode(bytes, name, diagnostics);
    }

    private static String relative(Path project, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(project) ? project.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
