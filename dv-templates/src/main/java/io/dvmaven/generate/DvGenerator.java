package io.dvmaven.generate;

import io.dvmaven.model.Decision;
import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.DbtProjectRenderer;
import io.dvmaven.templates.GeneratedHeader;
import io.dvmaven.templates.PendingFile;
import io.dvmaven.templates.RenderOptions;
import io.dvmaven.model.target.TargetIdentifierRule;
import io.dvmaven.model.target.WarehouseTarget;
import io.dvmaven.templates.RenderedFile;
import io.dvmaven.templates.Rendering;
import io.dvmaven.templates.SpilledFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Objects;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
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
        this(null, null, 0, true);
    }

    /** With a stand-in loader and renderer (tests): no index, since the specs on disk do not drive the design. */
    DvGenerator(DesignSource designSource, Renderer renderer) {
        this(designSource, renderer, 0, false);
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
        Planned planned = plan(request, null, Map.of(), Map.of(), new PhaseTimes());
        planned.spill().close();
        return planned.plan();
    }

    /** A plan and how many files were rendered for it. */
    /**
     * A plan, how many files were rendered for it, the SHA-256 of every file it rendered or the index vouched for,
     * and the files whose content was not kept (rendered again when written).
     */
    private record Planned(GenerationPlan plan, int rendered, Map<String, String> hashes,
                           DbtProjectRenderer renderer, Map<String, PendingFile> deferred,
                           Map<String, SpilledFile> spilled, SpillFolder spill) {
    }

    /** Temporary files of bodies too large to hold (see {@link #spillLimit}), removed as a whole. */
    static final class SpillFolder implements AutoCloseable {
        private Path directory;

        synchronized Path newFile() throws IOException {
            if (directory == null) {
                directory = Files.createTempDirectory("dv-generate-");
            }
            return Files.createTempFile(directory, "body", ".tmp");
        }

        @Override
        public synchronized void close() {
            if (directory == null) {
                return;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(directory);
            } catch (IOException ignored) {
                // temporary files only
            }
            directory = null;
        }
    }

    /**
     * Characters of a body held in memory; a longer body is streamed to a temporary file while it renders (the
     * folder-wide schema.yml of a large design runs to tens of megabytes). A sixty-fourth of the heap.
     */
    static long spillLimit() {
        return spillLimitOverride > 0 ? spillLimitOverride : Runtime.getRuntime().maxMemory() / 64;
    }

    /** For tests: a spill limit other than the heap's share (0 for the default). */
    static volatile long spillLimitOverride;

    /**
     * Plans against the index of the last run: files whose specs did not change, and which are on disk as that
     * run left them, are not rendered and not read. Without an index every file is rendered and compared.
     *
     * @param previous the index of the last run with the same fingerprint, or null
     * @param disk     size and time of every file under the owned folders (used only with an index)
     */
    private Planned plan(GenerateRequest request, GenerationIndex previous, Map<String, GenerationIndex.Stat> disk,
                         Map<String, String> specHashes, PhaseTimes times)
            throws TemplateException, GenerationIoException {
        List<String> namingProblems = request.naming().problems();
        if (!namingProblems.isEmpty()) {
            throw new IllegalArgumentException("invalid naming conventions: " + String.join("; ", namingProblems));
        }
        DesignResult design = designSource == null
                ? DesignLoader.load(request.projectDirectory(), request.specDirectory(), request.naming(), threads())
                : designSource.load(request.projectDirectory(), request.specDirectory(), request.naming());
        design = TargetIdentifierRule.apply(design, request.target());
        List<String> entities = entityNames(design);
        times.lap("load");
        if (design.hasErrors() || design.vault() == null) {
            return new Planned(new GenerationPlan(request, design, entities, List.of()), 0, Map.of(), null,
                    Map.of(), Map.of(), new SpillFolder());
        }
        RenderOptions options = renderOptions(request);
        Path project = request.projectDirectory();
        List<PlannedFile> files = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        Set<String> renderedPaths = new HashSet<>();
        int renderedCount;
        DbtProjectRenderer projectRenderer = null;
        Map<String, PendingFile> deferred = new HashMap<>();
        Map<String, SpilledFile> spilled = new HashMap<>();
        SpillFolder spill = new SpillFolder();
        try {
        if (renderer != null) {
            List<RenderedFile> rendered = renderer.render(design.vault(), options);
            for (RenderedFile file : rendered) {
                if (!renderedPaths.add(file.path())) {
                    throw new IllegalStateException("two generated files share the path " + file.path());
                }
                files.add(planRendered(project, file));
            }
            renderedCount = rendered.size();
        } else {
            projectRenderer = new DbtProjectRenderer(options);
            List<PendingFile> pending = projectRenderer.files(design.vault());
            Set<String> changedSpecs = previous == null ? Set.of() : changedSpecs(previous.specs, specHashes);
            Map<String, Set<String>> entitySpecs = previous == null ? Map.of() : entityDependencies(design.vault());
            List<PendingFile> toRender = new ArrayList<>();
            for (PendingFile file : pending) {
                renderedPaths.add(file.path());
                GenerationIndex.Output before = previous == null ? null : previous.outputs.get(file.path());
                if (before != null && isIntact(before, disk) && !dependsOn(file, before, entitySpecs, changedSpecs)) {
                    hashes.put(file.path(), before.sha256());
                    files.add(new PlannedFile(file.path(), FileAction.UNCHANGED, file.kind(), file.entities(),
                            file.specs(), null, "up to date (its specs did not change since the last run)"));
                } else {
                    toRender.add(file);
                }
            }
            // Rendered in slices and reduced to hashes: content is kept for writing only up to a share of the
            // heap; the rest is rendered again when written. Nothing is written before the whole plan is known.
            long budget = retainBudget();
            long retained = 0;
            boolean parallel = threads() > 1 && toRender.size() >= PARALLEL_RENDER_THRESHOLD;
            for (int from = 0; from < toRender.size(); from += RENDER_SLICE) {
                List<PendingFile> slice = toRender.subList(from, Math.min(toRender.size(), from + RENDER_SLICE));
                List<Hashed> rendered = renderAll(projectRenderer, slice, parallel, spill);
                for (int i = 0; i < rendered.size(); i++) {
                    String sha = rendered.get(i).sha256();
                    if (rendered.get(i).rendering() instanceof SpilledFile big) {
                        hashes.put(big.path(), sha);
                        GenerationIndex.Output before = previous == null ? null : previous.outputs.get(big.path());
                        PlannedFile plannedFile;
                        if (before != null && before.sha256().equals(sha) && isIntact(before, disk)) {
                            plannedFile = planned(big, FileAction.UNCHANGED, "up to date");
                        } else {
                            plannedFile = planAgainstDisk(project, big, null, sha);
                        }
                        if (plannedFile.action() == FileAction.UNCHANGED) {
                            Files.deleteIfExists(big.body());
                        } else {
                            spilled.put(big.path(), big);
                        }
                        files.add(plannedFile);
                        continue;
                    }
                    RenderedFile file = (RenderedFile) rendered.get(i).rendering();
                    hashes.put(file.path(), sha);
                    GenerationIndex.Output before = previous == null ? null : previous.outputs.get(file.path());
                    PlannedFile plannedFile;
                    if (before != null && before.sha256().equals(sha) && isIntact(before, disk)) {
                        plannedFile = planned(file, FileAction.UNCHANGED, "up to date");
                    } else {
                        plannedFile = planRendered(project, file, sha);
                    }
                    if (plannedFile.content() != null) {
                        long size = plannedFile.content().length();
                        if (size <= budget / 4 && retained + size <= budget) {
                            retained += size;
                        } else {
                            plannedFile = plannedFile.withoutContent();
                            deferred.put(file.path(), slice.get(i));
                        }
                    }
                    files.add(plannedFile);
                }
            }
            renderedCount = toRender.size();
        }
        times.lap("render");
        files.addAll(planStale(project, renderedPaths));
        times.lap("stale scan");
        } catch (IOException e) {
            spill.close();
            throw new GenerationIoException("write", spillTarget(), e);
        } catch (TemplateException | GenerationIoException | RuntimeException | Error e) {
            spill.close();
            throw e;
        }
        return new Planned(new GenerationPlan(request, design, entities, files), renderedCount, hashes,
                projectRenderer, deferred, spilled, spill);
    }

    private static Path spillTarget() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private RenderOptions renderOptions(GenerateRequest request) {
        return new RenderOptions(request.generatorVersion(), request.templateDirectory(), request.generatedAt(),
                request.duckdbShims(), request.naming(), request.target());
    }

    /** Characters of rendered content a plan keeps for writing: an eighth of the heap. */
    static long retainBudget() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** Files rendered (and reduced to hashes) at a time. */
    private static final int RENDER_SLICE = 512;

    /** A rendered file and the SHA-256 of its complete content. */
    private record Hashed(Rendering rendering, String sha256) {
    }

    /**
     * Renders and hashes in path order; on all configured threads when there are enough files to pay for it.
     */
    private List<Hashed> renderAll(DbtProjectRenderer projectRenderer, List<PendingFile> files,
                                   boolean parallel, SpillFolder spill) throws TemplateException, IOException {
        int threads = threads();
        long limit = spillLimit();
        if (!parallel || threads <= 1 || files.size() < 2) {
            List<Hashed> rendered = new ArrayList<>(files.size());
            for (PendingFile file : files) {
                rendered.add(hashed(projectRenderer.render(file, limit, spill::newFile)));
            }
            return rendered;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // an ordered stream collects in encounter order: the same list as the loop above
            return pool.submit(() -> files.parallelStream().map(file -> {
                try {
                    return hashed(projectRenderer.render(file, limit, spill::newFile));
                } catch (TemplateException e) {
                    throw new RenderFailure(e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList()).join();
        } catch (RenderFailure e) {
            throw e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    private static Hashed hashed(Rendering rendering) throws IOException {
        return new Hashed(rendering, rendering instanceof SpilledFile big ? Hashing.sha256(big.header(), big.body())
                : Hashing.sha256(((RenderedFile) rendering).content()));
    }

    /** Carries a template failure out of a parallel stream. */
    private static final class RenderFailure extends RuntimeException {
        RenderFailure(TemplateException cause) {
            super(cause);
        }

        @Override
        public synchronized TemplateException getCause() {
            return (TemplateException) super.getCause();
        }
    }

    /** Files from which rendering is spread over threads. */
    static final int PARALLEL_RENDER_THRESHOLD = 500;

    private int threads() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }

    /** Specs added, removed or changed since the index was written. */
    private static Set<String> changedSpecs(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>();
        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(now.keySet());
        for (String spec : all) {
            if (!Objects.equals(before.get(spec), now.get(spec))) {
                changed.add(spec);
            }
        }
        return changed;
    }

    /**
     * For every entity, the specs its files can depend on: its own and those of every entity it shares a link
     * with (a stage carries the related hub's key columns; a hub loads from the stages of linking entities).
     */
    private static Map<String, Set<String>> entityDependencies(Vault vault) {
        Map<String, String> specOf = new HashMap<>();
        vault.entities().forEach(e -> specOf.put(e.name(), e.spec().file()));
        Map<String, Set<String>> deps = new HashMap<>();
        vault.entities().forEach(e -> deps.computeIfAbsent(e.name(), k -> new HashSet<>()).add(e.spec().file()));
        for (Link link : vault.links()) {
            List<String> linked = link.hubs().stream().map(LinkedHub::entity).toList();
            for (String a : linked) {
                Set<String> set = deps.computeIfAbsent(a, k -> new HashSet<>());
                set.add(link.spec().file());
                linked.forEach(b -> {
                    String spec = specOf.get(b);
                    if (spec != null) {
                        set.add(spec);
                    }
                });
            }
        }
        return deps;
    }

    /** True when the file, now or as last generated, depends on a changed spec. */
    private static boolean dependsOn(PendingFile file, GenerationIndex.Output before,
                                     Map<String, Set<String>> entitySpecs, Set<String> changed) {
        if (changed.isEmpty()) {
            return false;
        }
        for (SpecRef spec : file.specs()) {
            if (changed.contains(spec.file())) {
                return true;
            }
        }
        for (String spec : before.specs()) {
            if (changed.contains(spec)) {
                return true;
            }
        }
        for (String entity : file.entities()) {
            for (String spec : entitySpecs.getOrDefault(entity, Set.of())) {
                if (changed.contains(spec)) {
                    return true;
                }
            }
        }
        for (String entity : before.entities()) {
            if (!entitySpecs.containsKey(entity)) {
                return true; // an entity it was generated for went away
            }
        }
        return false;
    }

    private static boolean isIntact(GenerationIndex.Output output, Map<String, GenerationIndex.Stat> disk) {
        return new GenerationIndex.Stat(output.size(), output.modified()).equals(disk.get(output.path()));
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
        Path markdown = request.reportDirectory().resolve(MARKDOWN_REPORT);
        Path json = request.reportDirectory().resolve(JSON_REPORT);
        Path indexFile = request.reportDirectory().resolve(GenerationIndex.FILE_NAME);
        boolean useIndex = incremental && designSource == null && request.generatedAt() == null;
        GenerationIndex previous = null;
        Map<String, GenerationIndex.Stat> disk = Map.of();
        SortedMap<String, String> specHashes = new TreeMap<>();
        SortedMap<String, String> configuration = null;
        PhaseTimes times = new PhaseTimes();
        if (useIndex) {
            configuration = configuration(request);
            previous = GenerationIndex.read(indexFile).orElse(null);
            if (previous != null && !previous.fingerprint.equals(GenerationIndex.fingerprint(configuration))) {
                log.info("Regenerating every file: " + previous.differences(configuration) + " since the last run");
                previous = null;
            }
            disk = scanOwned(request.projectDirectory());
            try {
                specHashes = DesignLoader.specHashes(request.projectDirectory(), request.specDirectory());
            } catch (IOException e) {
                previous = null; // the load reports the problem with its location
            }
            if (previous != null && previous.specs.equals(specHashes) && previous.matchesDisk(disk)
                    && Files.isRegularFile(markdown) && Files.isRegularFile(json)) {
                times.lap("index check");
                return upToDate(request, previous, markdown, json, log, times);
            }
            times.lap("index check");
        }

        Planned planned = plan(request, previous, disk, specHashes, times);
        try (SpillFolder spill = planned.spill()) {
            return carryOut(request, log, planned, markdown, json, indexFile, useIndex, previous, disk, specHashes,
                    configuration, times);
        }
    }

    private GenerateResult carryOut(GenerateRequest request, DvLog log, Planned planned, Path markdown, Path json,
                                    Path indexFile, boolean useIndex, GenerationIndex previous,
                                    Map<String, GenerationIndex.Stat> disk, SortedMap<String, String> specHashes,
                                    SortedMap<String, String> configuration, PhaseTimes times)
            throws SpecErrorsException, FileConflictException, TemplateException, GenerationIoException {
        GenerationPlan plan = planned.plan();
        plan.warnings().forEach(warning -> log.warn(warning.format()));
        for (Decision decision : plan.design().decisions()) {
            log.debug(() -> "Decision: " + decision.subject() + ": " + decision.text());
        }
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

        Path project = request.projectDirectory();
        Map<String, WriteOutcome> outcomes = writeAll(project, plan, planned);
        times.lap("write");
        Map<String, String> results = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, GenerationIndex.Stat> writtenStats = new HashMap<>();
        int unchanged = 0;
        for (PlannedFile file : plan.files()) {
            if (file.action() == FileAction.UNCHANGED) {
                unchanged++; // its bytes on disk are the ones wanted: compared, or vouched for by the index
                results.put(file.path(), "unchanged");
            } else if (file.isGenerated()) {
                WriteOutcome outcome = outcomes.get(file.path());
                if (outcome.stat() != null) {
                    written.add(file.path());
                    writtenStats.put(file.path(), outcome.stat());
                    results.put(file.path(), file.isConflict() ? "overwritten" : "written");
                    log.debug(() -> (file.isConflict() ? "Overwrote " : "Wrote ") + file.path());
                } else {
                    unchanged++;
                    results.put(file.path(), "unchanged");
                }
            } else {
                // after every write: removing a folder left empty must not race a write into it
                delete(project, resolveInside(project, file.path()));
                removed.add(file.path());
                results.put(file.path(), "removed");
                log.debug(() -> "Removed " + file.path() + " (" + file.detail() + ")");
            }
        }
        if (plan.hasConflicts()) {
            log.warn("Replaced " + plan.conflicts().size() + " hand-edited or foreign file(s) (dv.overwrite=true): "
                    + String.join(", ", plan.conflicts().stream().map(PlannedFile::path).toList()));
        }
        times.lap("write");
        writeReports(plan, results, "success", markdown, json);
        times.lap("reports");
        if (useIndex) {
            writeIndex(indexFile, configuration, specHashes, plan, planned.hashes(), disk, writtenStats,
                    Set.copyOf(removed), project);
            times.lap("index");
        }
        GenerateResult result = new GenerateResult(plan, written, removed, unchanged, markdown, json,
                planned.rendered(), times.millis());
        log.info(result.summary());
        log.debug(() -> "Timings: " + result.timingSummary());
        if (useIndex && previous != null) {
            log.info("Rendered " + planned.rendered() + " of " + plan.generatedFiles().size()
                    + " files: the others depend only on specs unchanged since the last run");
        }
        return result;
    }

    /** The result of a run that found nothing to do; it writes nothing, not even the reports. */
    private GenerateResult upToDate(GenerateRequest request, GenerationIndex index, Path markdown, Path json,
                                    DvLog log, PhaseTimes times) {
        index.warnings.forEach(log::warn);
        Set<String> entities = new TreeSet<>();
        List<PlannedFile> files = new ArrayList<>();
        for (GenerationIndex.Output output : index.outputs.values()) {
            entities.addAll(output.entities());
            files.add(new PlannedFile(output.path(), FileAction.UNCHANGED, output.kind(), output.entities(),
                    output.specs().stream().map(spec -> new SpecRef(spec, index.specs.getOrDefault(spec, "")))
                            .toList(), null, "up to date (nothing changed since the last run)"));
        }
        DesignResult design = new DesignResult(List.copyOf(index.specs.keySet()), List.of(), null, List.of(),
                List.of());
        GenerationPlan plan = new GenerationPlan(request, design, List.copyOf(entities), files);
        times.lap("plan");
        GenerateResult result = new GenerateResult(plan, List.of(), List.of(), files.size(), markdown, json, 0,
                times.millis());
        log.info(result.summary());
        log.info("Nothing changed since the last run (specs, templates, configuration and generated files as "
                + "recorded in " + request.reportDirectory().resolve(GenerationIndex.FILE_NAME)
                + "): nothing rendered, nothing written, reports kept");
        log.debug(() -> "Timings: " + result.timingSummary());
        return result;
    }

    /** What shapes every generated file; a change to any entry invalidates the whole index. */
    private SortedMap<String, String> configuration(GenerateRequest request) {
        SortedMap<String, String> configuration = new TreeMap<>();
        configuration.put("plugin version", request.generatorVersion());
        configuration.put("naming", request.naming().toString());
        configuration.put("duckdbShims", Boolean.toString(request.duckdbShims()));
        if (!request.target().equals(WarehouseTarget.defaultTarget())) {
            configuration.put("target", request.target().id()); // absent for the default: older indexes stay valid
        }
        configuration.put("specDirectory", request.projectDirectory().relativize(request.specDirectory()).toString());
        configuration.put("templateDirectory", String.valueOf(request.templateDirectory()));
        new DbtProjectRenderer(renderOptions(request)).templateHashes()
                .forEach((name, hash) -> configuration.put("template " + name, hash));
        return configuration;
    }

    /** Size and time of every regular file under the owned folders, by project-relative path. */
    private static Map<String, GenerationIndex.Stat> scanOwned(Path project) throws GenerationIoException {
        Map<String, GenerationIndex.Stat> files = new HashMap<>();
        for (String root : OWNED_ROOTS) {
            Path directory = project.resolve(root);
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()) {
                            files.put(relative(project, file), stat(attributes));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new GenerationIoException("list", directory, e);
            }
        }
        return files;
    }

    private static GenerationIndex.Stat stat(BasicFileAttributes attributes) {
        return new GenerationIndex.Stat(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }

    private static void writeIndex(Path indexFile, SortedMap<String, String> configuration,
                                   SortedMap<String, String> specHashes, GenerationPlan plan,
                                   Map<String, String> hashes, Map<String, GenerationIndex.Stat> disk,
                                   Map<String, GenerationIndex.Stat> written, Set<String> removed, Path project)
            throws GenerationIoException {
        SortedMap<String, GenerationIndex.Output> outputs = new TreeMap<>();
        for (PlannedFile file : plan.generatedFiles()) {
            GenerationIndex.Stat stat = written.getOrDefault(file.path(), disk.get(file.path()));
            if (stat == null) {
                Path target = project.resolve(file.path());
                try {
                    stat = stat(Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
                } catch (IOException e) {
                    throw new GenerationIoException("read", target, e);
                }
            }
            String sha = hashes.get(file.path());
            if (sha == null) {
                sha = Hashing.sha256(file.content());
            }
            outputs.put(file.path(), new GenerationIndex.Output(file.path(), sha, stat.size(), stat.modified(),
                    file.kind(), file.entities(), file.specs().stream().map(SpecRef::file).toList()));
        }
        SortedMap<String, GenerationIndex.Stat> others = new TreeMap<>();
        disk.forEach((path, stat) -> {
            if (!outputs.containsKey(path) && !removed.contains(path)) {
                others.put(path, stat);
            }
        });
        List<String> warnings = plan.warnings().stream().map(Diagnostic::format).toList();
        GenerationIndex index = new GenerationIndex(configuration, specHashes, outputs, others, warnings);
        write(indexFile, index.format());
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
        return planRendered(project, file, Hashing.sha256(file.content()));
    }

    /** Compares with the disk by SHA-256 ({@code wanted}), so the rendered text is never copied to bytes. */
    private static PlannedFile planRendered(Path project, RenderedFile file, String wanted)
            throws GenerationIoException {
        return planAgainstDisk(project, file, file.content(), wanted);
    }

    /** As {@link #planRendered}, for content held ({@code content}) or spilled to a file ({@code null}). */
    private static PlannedFile planAgainstDisk(Path project, Rendering file, String content, String wanted)
            throws GenerationIoException {
        Path target = resolveInside(project, file.path());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return planned(file, FileAction.WRITE_NEW, "no such file yet");
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return planned(file, FileAction.FOREIGN_CONFLICT,
                    "a directory or link not generated by dv-maven-plugin is in the way");
        }
        if (sha256(target).equals(wanted)) {
            return planned(file, FileAction.UNCHANGED, "up to date").withoutContent();
        }
        byte[] existing = read(target);
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

    private static PlannedFile planned(Rendering file, FileAction action, String detail) {
        return new PlannedFile(file.path(), action, file.kind(), file.entities(), file.specs(),
                file instanceof RenderedFile r ? r.content() : null, detail);
    }

    /** SHA-256 of a file's bytes, read in blocks. */
    private static String sha256(Path file) throws GenerationIoException {
        try {
            return Hashing.sha256(file);
        } catch (IOException e) {
            throw new GenerationIoException("read", file, e);
        }
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

    /** What writing one file did: its size and time afterwards, or no stat when its bytes were already there. */
    private record WriteOutcome(GenerationIndex.Stat stat) {
    }

    /**
     * Writes every new or changed generated file of the plan, on several threads (file creation waits on the
     * disk, not the CPU); content that the plan did not keep is rendered again and must hash as planned. Folders
     * that do not exist yet are built aside and appear whole (see {@link WriteSession}).
     */
    private Map<String, WriteOutcome> writeAll(Path project, GenerationPlan plan, Planned planned)
            throws GenerationIoException, TemplateException {
        List<PlannedFile> toWrite = plan.files().stream()
                .filter(f -> f.action() != FileAction.UNCHANGED && f.isGenerated()).toList();
        WriteOutcome[] outcomes = new WriteOutcome[toWrite.size()];
        int threads = parallelism == 1 ? 1 : Math.max(threads(), MIN_WRITE_THREADS);
        WriteSession session = new WriteSession();
        try {
            session.prepare(project, OWNED_ROOTS.stream().map(project::resolve).toList(),
                    toWrite.stream().map(f -> resolveInside(project, f.path())).toList());
        } catch (IOException e) {
            closeQuietly(session);
            throw new GenerationIoException("write", project, e);
        }
        java.util.function.IntConsumer task = i -> {
            PlannedFile file = toWrite.get(i);
            try {
                outcomes[i] = writeOne(project, file, planned, session);
            } catch (GenerationIoException | TemplateException e) {
                throw new WriteFailure(e);
            }
        };
        try {
            if (threads <= 1 || toWrite.size() < PARALLEL_WRITE_THRESHOLD) {
                for (int i = 0; i < toWrite.size(); i++) {
                    task.accept(i);
                }
            } else {
                ForkJoinPool pool = new ForkJoinPool(threads);
                try {
                    pool.submit(() -> java.util.stream.IntStream.range(0, toWrite.size()).parallel().forEach(task))
                            .join();
                } finally {
                    pool.shutdown();
                }
            }
            session.commit();
        } catch (WriteFailure e) {
            closeQuietly(session);
            if (e.getCause() instanceof TemplateException t) {
                throw t;
            }
            throw (GenerationIoException) e.getCause();
        } catch (IOException e) {
            closeQuietly(session);
            throw new GenerationIoException("write", project, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(session);
            throw e;
        }
        Map<String, WriteOutcome> byPath = new HashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            byPath.put(toWrite.get(i).path(), outcomes[i]);
        }
        return byPath;
    }

    /** Removes what an unfinished session staged; the failure that stopped it is the one reported. */
    private static void closeQuietly(WriteSession session) {
        try {
            session.close();
        } catch (IOException ignored) {
            // staging folders are hidden and removed by the next run's stale scan
        }
    }

    private static WriteOutcome writeOne(Path project, PlannedFile file, Planned planned, WriteSession session)
            throws GenerationIoException, TemplateException {
        Path target = resolveInside(project, file.path());
        String content = file.content();
        String sha256 = planned.hashes().get(file.path());
        SpilledFile big = planned.spilled().get(file.path());
        Optional<Path> written;
        try {
            if (content == null && big != null) {
                written = session.write(target, big.header(), big.body(), sha256);
            } else {
                if (content == null) {
                    content = planned.renderer().render(planned.deferred().get(file.path())).content();
                    if (!Hashing.sha256(content).equals(sha256)) {
                        throw new IllegalStateException("rendering " + file.path()
                                + " twice gave different content");
                    }
                }
                written = session.write(target, content, sha256);
            }
        } catch (IOException e) {
            throw new GenerationIoException("write", target, e);
        }
        if (written.isEmpty()) {
            return new WriteOutcome(null);
        }
        try {
            // a staged file keeps its size and time when its folder is renamed into place
            return new WriteOutcome(stat(Files.readAttributes(written.get(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS)));
        } catch (IOException e) {
            throw new GenerationIoException("read", target, e);
        }
    }

    /** Carries a checked failure out of a parallel stream. */
    private static final class WriteFailure extends RuntimeException {
        WriteFailure(Exception cause) {
            super(cause);
        }
    }

    /** Files from which writing is spread over threads. */
    private static final int PARALLEL_WRITE_THRESHOLD = 64;

    /** Writer threads even on few cores: they mostly wait for the file system. */
    private static final int MIN_WRITE_THREADS = 4;

    private static boolean write(Path file, String content) throws GenerationIoException {
        return write(file, content, null);
    }

    /** Writes {@code content} whose SHA-256 is {@code sha256} (null when not known). */
    private static boolean write(Path file, String content, String sha256) throws GenerationIoException {
        try {
            return AtomicFiles.writeIfChanged(file, content, sha256);
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
