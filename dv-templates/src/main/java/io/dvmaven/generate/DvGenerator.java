package io.dvmaven.generate;

import io.dvmaven.model.Decision;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.DbtProjectRenderer;
import io.dvmaven.templates.GeneratedHeader;
import io.dvmaven.templates.RenderOptions;
import io.dvmaven.templates.RenderedFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The facade of generation: specs in, dbt project files out. {@link #plan} loads, renders and compares with
 * the disk without writing; {@link #generate} carries a plan out safely.
 *
 * <p>Safety rules: nothing is written when a spec has an error; every file is rendered in memory first; files
 * are written atomically and only when their bytes change; a file is deleted only when it carries the
 * plugin's header, lies under an {@linkplain #OWNED_ROOTS owned folder}, is unedited and no spec produces it
 * any more. Hand-edited generated files and foreign files in the way stop the run unless the request allows
 * overwriting.
 */
public final class DvGenerator {

    /** Folders (relative to the dbt project) in which stale generated files are looked for and removed. */
    public static final List<String> OWNED_ROOTS = List.of("models", "macros/dv", "tests/business_rules");

    /** Name of the Markdown report in the report directory. */
    public static final String MARKDOWN_REPORT = "generation-report.md";

    /** Name of the JSON report in the report directory. */
    public static final String JSON_REPORT = "generation-report.json";

    /** Loads the design; {@link DesignLoader#load} in production. */
    @FunctionalInterface
    interface DesignSource {
        DesignResult load(Path projectDirectory, Path specDirectory, NamingConventions naming);
    }

    /** Renders a vault; {@link DbtProjectRenderer} in production. */
    @FunctionalInterface
    interface Renderer {
        List<RenderedFile> render(Vault vault, RenderOptions options) throws TemplateException;
    }

    private final DesignSource designSource;
    private final Renderer renderer;
    private final int parallelism;
    private final boolean incremental;

    public DvGenerator() {
        this(DesignLoader::load, (vault, options) -> new DbtProjectRenderer(options).render(vault));
    }

    DvGenerator(DesignSource designSource, Renderer renderer) {
        this(designSource, renderer, 0, true);
    }

    private DvGenerator(DesignSource designSource, Renderer renderer, int parallelism, boolean incremental) {
        this.designSource = designSource;
        this.renderer = renderer;
        this.parallelism = parallelism;
        this.incremental = incremental;
    }

    /** Threads for parsing and rendering: 0 picks by design size and cores, 1 is single-threaded. */
    public DvGenerator withParallelism(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
        return new DvGenerator(designSource, renderer, threads, incremental);
    }

    /** Whether {@link #generate} keeps and uses the index of what it generated last time (on by default). */
    public DvGenerator withIncremental(boolean on) {
        return new DvGenerator(designSource, renderer, parallelism, on);
    }

    /** The version of the generator on the classpath, as written into file headers. */
    public static String bundledVersion() {
        try (InputStream in = DbtProjectRenderer.class.getResourceAsStream("generator.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Works out what {@link #generate} would do, without writing anything.
     *
     * @throws TemplateException     a template is missing or broken (usually a user override)
     * @throws GenerationIoException an existing file of the project could not be read
     */
    public GenerationPlan plan(GenerateRequest request) throws TemplateException, GenerationIoException {
        List<String> namingProblems = request.naming().problems();
        if (!namingProblems.isEmpty()) {
            throw new IllegalArgumentException("invalid naming conventions: " + String.join("; ", namingProblems));
        }
        DesignResult design = designSource.load(request.projectDirectory(), request.specDirectory(),
                request.naming());
        List<String> entities = entityNames(design);
        if (design.hasErrors() || design.vault() == null) {
            return new GenerationPlan(request, design, entities, List.of());
        }
        RenderOptions options = new RenderOptions(request.generatorVersion(), request.templateDirectory(),
                request.generatedAt(), request.duckdbShims(), request.naming());
        List<RenderedFile> rendered = renderer.render(design.vault(), options);

        List<PlannedFile> files = new ArrayList<>();
        Set<String> renderedPaths = new HashSet<>();
        for (RenderedFile file : rendered) {
            if (!renderedPaths.add(file.path())) {
                throw new IllegalStateException("two generated files share the path " + file.path());
            }
            files.add(planRendered(request.projectDirectory(), file));
        }
        files.addAll(planStale(request.projectDirectory(), renderedPaths));
        return new GenerationPlan(request, design, entities, files);
    }

    /**
     * Plans, then writes: every new or changed file atomically, stale generated files deleted, then the
     * reports. Logs one summary line; per-file detail at debug.
     *
     * @throws SpecErrorsException   a spec has an error; no project file was written (the reports were)
     * @throws FileConflictException a hand-edited or foreign file is in the way and overwriting is off; no
     *                               project file was written (the reports were)
     * @throws TemplateException     a template is missing or broken; nothing was written
     * @throws GenerationIoException reading or writing a file failed
     */
    public GenerateResult generate(GenerateRequest request, DvLog log)
            throws SpecErrorsException, FileConflictException, TemplateException, GenerationIoException {
        GenerationPlan plan = plan(request);
        plan.warnings().forEach(warning -> log.warn(warning.format()));
        for (Decision decision : plan.design().decisions()) {
            log.debug(() -> "Decision: " + decision.subject() + ": " + decision.text());
        }
        Path markdown = request.reportDirectory().resolve(MARKDOWN_REPORT);
        Path json = request.reportDirectory().resolve(JSON_REPORT);
        if (plan.hasSpecErrors()) {
            writeReports(plan, Map.of(), "failed: " + plan.specErrors().size() + " spec error(s), nothing written",
                    markdown, json);
            throw new SpecErrorsException(plan.specErrors());
        }
        if (plan.hasConflicts() && !request.overwriteEdited()) {
            writeReports(plan, Map.of(), "failed: " + plan.conflicts().size() + " conflict(s), nothing written",
                    markdown, json);
            throw new FileConflictException(plan.conflicts());
        }

        Map<String, String> results = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int unchanged = 0;
        Path project = request.projectDirectory();
        for (PlannedFile file : plan.files()) {
            Path target = resolveInside(project, file.path());
            if (file.isGenerated()) {
                boolean changed = write(target, file.content());
                if (changed) {
                    written.add(file.path());
                    results.put(file.path(), file.isConflict() ? "overwritten" : "written");
                    log.debug(() -> (file.isConflict() ? "Overwrote " : "Wrote ") + file.path());
                } else {
                    unchanged++;
                    results.put(file.path(), "unchanged");
                }
            } else {
                delete(project, target);
                removed.add(file.path());
                results.put(file.path(), "removed");
                log.debug(() -> "Removed " + file.path() + " (" + file.detail() + ")");
            }
        }
        if (plan.hasConflicts()) {
            log.warn("Replaced " + plan.conflicts().size() + " hand-edited or foreign file(s) (dv.overwrite=true): "
                    + String.join(", ", plan.conflicts().stream().map(PlannedFile::path).toList()));
        }
        GenerateResult result = new GenerateResult(plan, written, removed, unchanged, markdown, json);
        writeReports(plan, results, "success", markdown, json);
        log.info(result.summary());
        return result;
    }

    private static List<String> entityNames(DesignResult design) {
        Set<String> names = new TreeSet<>();
        if (design.vault() != null) {
            design.vault().entities().forEach(entity -> names.add(entity.name()));
        } else {
            design.entities().stream()
                    .filter(spec -> spec.name() != null && spec.name().value() != null)
                    .forEach(spec -> names.add(spec.name().value()));
        }
        return List.copyOf(names);
    }

    private static PlannedFile planRendered(Path project, RenderedFile file) throws GenerationIoException {
        Path target = resolveInside(project, file.path());
        byte[] wanted = file.content().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return planned(file, FileAction.WRITE_NEW, "no such file yet");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return planned(file, FileAction.FOREIGN_CONFLICT,
                    "a directory or link not generated by dv-maven-plugin is in the way");
        }
        byte[] existing = read(target);
        if (Arrays.equals(existing, wanted)) {
            return planned(file, FileAction.UNCHANGED, "up to date");
        }
        Optional<GeneratedHeader> header = GeneratedHeader.parse(new String(existing, StandardCharsets.UTF_8));
        if (header.isEmpty()) {
            return planned(file, FileAction.FOREIGN_CONFLICT,
                    "not generated by dv-maven-plugin (no '" + GeneratedHeader.MARKER + "' header)");
        }
        if (header.get().isEdited()) {
            return planned(file, FileAction.EDITED_CONFLICT, "generated file edited by hand (its body no longer "
                    + "matches dv-checksum " + header.get().checksum() + ")");
        }
        return planned(file, FileAction.UPDATE, "the specs or templates changed");
    }

    private static PlannedFile planned(RenderedFile file, FileAction action, String detail) {
        return new PlannedFile(file.path(), action, file.kind(), file.entities(), file.specs(), file.content(),
                detail);
    }

    /** Generated files under the owned folders that no spec produces any more. */
    private static List<PlannedFile> planStale(Path project, Set<String> renderedPaths)
            throws GenerationIoException {
        List<PlannedFile> stale = new ArrayList<>();
        for (String root : OWNED_ROOTS) {
            Path directory = project.resolve(root);
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> candidates;
            try (Stream<Path> walk = Files.walk(directory)) {
                candidates = walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new GenerationIoException("list", directory,
                        e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
            }
            for (Path candidate : candidates) {
                String relative = relative(project, candidate);
                if (renderedPaths.contains(relative) || isNestedRoot(root, relative)) {
                    continue;
                }
                Optional<GeneratedHeader> header = GeneratedHeader.parse(
                        new String(read(candidate), StandardCharsets.UTF_8));
                if (header.isEmpty()) {
                    continue; // not ours: never touched
                }
                if (header.get().isEdited()) {
                    stale.add(new PlannedFile(relative, FileAction.EDITED_CONFLICT, "stale", List.of(), List.of(),
                            null, "generated earlier and edited by hand since, but no spec produces it any more"));
                } else {
                    stale.add(new PlannedFile(relative, FileAction.REMOVE_STALE, "stale", List.of(), List.of(),
                            null, "generated earlier, no spec produces it any more"));
                }
            }
        }
        return stale;
    }

    /** True when {@code relative} lies in another owned root nested inside {@code root} (scanned on its own). */
    private static boolean isNestedRoot(String root, String relative) {
        return OWNED_ROOTS.stream().anyMatch(other -> !other.equals(root) && other.startsWith(root + "/")
                && relative.startsWith(other + "/"));
    }

    private static String relative(Path project, Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    /** Resolves a generated path, refusing anything that would land outside the project. */
    private static Path resolveInside(Path project, String relative) {
        Path resolved = project.resolve(relative).normalize();
        if (!resolved.startsWith(project) || resolved.equals(project)) {
            throw new IllegalStateException("generated path " + relative + " lies outside the dbt project");
        }
        return resolved;
    }

    private static byte[] read(Path file) throws GenerationIoException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GenerationIoException("read", file, e);
        }
    }

    private static boolean write(Path file, String content) throws GenerationIoException {
        try {
            return AtomicFiles.writeIfChanged(file, content);
        } catch (IOException e) {
            throw new GenerationIoException("write", file, e);
        }
    }

    /** Deletes a stale file, then folders it leaves empty, up to (not including) its owned root. */
    private static void delete(Path project, Path file) throws GenerationIoException {
        try {
            Files.deleteIfExists(file);
            Path stop = OWNED_ROOTS.stream().map(project::resolve).filter(file::startsWith).findFirst()
                    .orElse(project);
            for (Path dir = file.getParent(); dir != null && dir.startsWith(stop) && !dir.equals(stop);
                 dir = dir.getParent()) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new GenerationIoException("delete", file, e);
        }
    }

    private static void writeReports(GenerationPlan plan, Map<String, String> results, String status,
                                     Path markdown, Path json) throws GenerationIoException {
        GenerationReport report = new GenerationReport(plan, results, status);
        write(markdown, report.toMarkdown());
        write(json, report.toJson());
    }
}
