package io.dvmaven.generate;

import io.dvmaven.model.target.WarehouseTarget;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.hashimpact.HashLedger;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.DbtProjectRenderer;
import io.dvmaven.templates.RenderOptions;
import io.dvmaven.templates.Utf8Sha256;
import io.dvmaven.templates.RenderedFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The facade of generation: specs in, dbt project files out. {@link #plan} loads, renders and compares with
 * the disk without writing; {@link #generate} carries a plan out safely.
 *
 * <p>Safety rules: nothing is written when a spec has an error; every file is rendered in memory first; files
 * are written atomically and only when their bytes change; a file is deleted only when it carries the
 * plugin's header, lies under an {@linkplain #OWNED_ROOTS owned folder}, is unedited and no spec produces it
 * any more. Hand-edited generated files and foreign files in the way stop the run unless the request allows
 * overwriting.
 *
 * <p>Three stages do the work: {@link GenerationPlanner} (which files, from the resolved vault and the index of the
 * last run), {@link RenderStage} (bytes and hashes) and {@link GenerationWriter} (files, reports and index).
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
        Path indexFile = request.reportDirectory().resolve(GenerationIndex.FILE_NAME);
        try (Planned planned = planner().plan(request, renderOptions(request), IndexRun.none(indexFile),
                new PhaseTimes())) {
            return planned.plan();
        }
    }

    private GenerationPlanner planner() {
        return new GenerationPlanner(designSource, renderer, threads(), spillLimit(), retainBudget());
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

    /** Characters of rendered content a plan keeps for writing: an eighth of the heap. */
    static long retainBudget() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    /** Files from which rendering is spread over threads. */
    static final int PARALLEL_RENDER_THRESHOLD = RenderStage.PARALLEL_RENDER_THRESHOLD;

    /** Writer threads even on few cores: they mostly wait for the file system. */
    private static final int MIN_WRITE_THREADS = 4;

    private int threads() {
        return parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
    }

    private RenderOptions renderOptions(GenerateRequest request) {
        return new RenderOptions(request.generatorVersion(), request.templateDirectory(), request.generatedAt(),
                request.duckdbShims(), request.naming(), request.target(), request.incrementalConfig());
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
        PhaseTimes times = new PhaseTimes();
        IndexRun index = IndexRun.none(indexFile);
        if (incremental && designSource == null && request.generatedAt() == null) {
            IndexCheck check = indexCheck(request, indexFile, log);
            times.lap("index check");
            if (check.upToDate()) {
                check.previous().warnings.forEach(log::warn);
                GenerateResult result = upToDateResult(request, check.previous(), markdown, json, times);
                log.info(result.summary());
                log.info("Nothing changed since the last run (specs, templates, configuration and generated files "
                        + "as recorded in " + indexFile + "): nothing rendered, nothing written, reports kept");
                log.debug(() -> "Timings: " + result.timingSummary());
                return result;
            }
            index = new IndexRun(true, indexFile, check.configuration(), check.previous(), check.recorded(),
                    check.disk(), check.specs());
        }

        try (Planned planned = planner().plan(request, renderOptions(request), index, times)) {
            int writeThreads = parallelism == 1 ? 1 : Math.max(threads(), MIN_WRITE_THREADS);
            return new GenerationWriter(request, log, times, writeThreads, designSource == null && renderer == null)
                    .carryOut(planned, index);
        }
    }

    /**
     * The plan when nothing changed since the last {@link #generate} by the index it recorded (specs, templates,
     * configuration and every generated file as written), without loading or rendering anything: every file
     * {@link FileAction#UNCHANGED}, the user files as recorded, and no vault in its design. Empty when anything
     * changed or there is no index; then {@link #plan} tells what.
     */
    public Optional<Unchanged> unchangedPlan(GenerateRequest request) throws GenerationIoException {
        if (!incremental || designSource != null || request.generatedAt() != null) {
            return Optional.empty();
        }
        Path indexFile = request.reportDirectory().resolve(GenerationIndex.FILE_NAME);
        IndexCheck check = indexCheck(request, indexFile, DvLog.silent());
        return check.upToDate() ? Optional.of(new Unchanged(unchanged(request, check.previous()),
                check.previous().warnings)) : Optional.empty();
    }

    /**
     * A project unchanged since the last run.
     *
     * @param plan     every file unchanged, see {@link #unchangedPlan}
     * @param warnings the spec warnings of the last run, formatted
     */
    public record Unchanged(GenerationPlan plan, List<String> warnings) {
    }

    /** What the recorded index says of the project now. */
    private record IndexCheck(SortedMap<String, String> configuration, GenerationIndex previous,
                              GenerationIndex recorded, Map<String, GenerationIndex.Stat> disk, SpecScan specs,
                              boolean upToDate) {
    }

    private IndexCheck indexCheck(GenerateRequest request, Path indexFile, DvLog log) throws GenerationIoException {
        SortedMap<String, String> configuration = configuration(request);
        GenerationIndex recorded = GenerationIndex.read(indexFile).orElse(null);
        GenerationIndex previous = recorded;
        if (previous != null && !previous.fingerprint.equals(GenerationIndex.fingerprint(configuration))) {
            log.info("Regenerating every file: " + previous.differences(configuration) + " since the last run");
            previous = null;
        }
        Map<String, GenerationIndex.Stat> disk = ProjectFiles.scanOwned(request.projectDirectory());
        SpecScan specs = SpecScan.empty();
        try {
            specs = SpecScan.scan(request.projectDirectory(), request.specDirectory(), recorded, indexFile);
        } catch (IOException e) {
            previous = null; // the load reports the problem with its location
        }
        boolean upToDate = previous != null && previous.specs.equals(specs.hashes()) && previous.matchesDisk(disk)
                && Files.isRegularFile(request.reportDirectory().resolve(MARKDOWN_REPORT))
                && Files.isRegularFile(request.reportDirectory().resolve(JSON_REPORT))
                && Files.isDirectory(request.projectDirectory().resolve(HashLedger.DIRECTORY));
        return new IndexCheck(configuration, previous, recorded, disk, specs, upToDate);
    }

    /** The result of a run that found nothing to do; it writes nothing, not even the reports. */
    private GenerateResult upToDateResult(GenerateRequest request, GenerationIndex index, Path markdown, Path json,
                                          PhaseTimes times) {
        GenerationPlan plan = unchanged(request, index);
        times.lap("plan");
        return new GenerateResult(plan, List.of(), List.of(), plan.files().size(), markdown, json, 0,
                times.millis());
    }

    private static GenerationPlan unchanged(GenerateRequest request, GenerationIndex index) {
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
        return new GenerationPlan(request, design, List.copyOf(entities), files, index.userFiles);
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
        configuration.put("incremental", request.incrementalConfig().configArguments());
        configuration.put("specDirectory", request.projectDirectory().relativize(request.specDirectory()).toString());
        configuration.put("templateDirectory", String.valueOf(request.templateDirectory()));
        Path settings = request.specDirectory().resolve(ProjectSettings.FILE_NAME);
        if (Files.isRegularFile(settings)) { // absent: older indexes stay valid
            try {
                configuration.put("settings", Utf8Sha256.hex(Files.readString(settings)));
            } catch (IOException e) {
                configuration.put("settings", "unreadable"); // the load reports it with its location
            }
        }
        DbtProjectRenderer.templateHashes(request.templateDirectory())
                .forEach((name, hash) -> configuration.put("template " + name, hash));
        return configuration;
    }
}
