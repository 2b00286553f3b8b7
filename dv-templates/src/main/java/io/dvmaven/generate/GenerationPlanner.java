package io.dvmaven.generate;

import io.dvmaven.model.target.ModelContractRule;
import io.dvmaven.model.target.TargetIdentifierRule;
import io.dvmaven.model.target.TargetLiteralRule;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.parse.SpecCache;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.DbtProjectRenderer;
import io.dvmaven.templates.PendingFile;
import io.dvmaven.templates.RenderOptions;
import io.dvmaven.templates.RenderedFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan stage: loads the design, asks the templates which files the resolved vault produces, leaves out those
 * the index vouches for, has the rest rendered, and decides per file what writing will do (by comparing with the
 * disk) and which generated files have gone stale. Reads project files only where a decision needs them.
 */
final class GenerationPlanner {

    private final DvGenerator.DesignSource designSource;
    private final DvGenerator.Renderer standIn;
    private final int threads;
    private final long spillLimit;
    private final long retainBudget;

    /**
     * @param designSource loads the design; null for {@link DesignLoader}
     * @param standIn      renders the vault instead of {@link DbtProjectRenderer} (tests); null in production
     */
    GenerationPlanner(DvGenerator.DesignSource designSource, DvGenerator.Renderer standIn, int threads,
                      long spillLimit, long retainBudget) {
        this.designSource = designSource;
        this.standIn = standIn;
        this.threads = threads;
        this.spillLimit = spillLimit;
        this.retainBudget = retainBudget;
    }

    /**
     * Plans against the index of the last run ({@code index.previous()} null: every file is rendered and compared).
     */
    Planned plan(GenerateRequest request, RenderOptions options, IndexRun index, PhaseTimes times)
            throws TemplateException, GenerationIoException {
        List<String> namingProblems = request.naming().problems();
        if (!namingProblems.isEmpty()) {
            throw new IllegalArgumentException("invalid naming conventions: " + String.join("; ", namingProblems));
        }
        DesignResult design;
        Thread cacheWriter = null;
        if (designSource == null) {
            SpecCache cache = index.used()
                    ? SpecCache.open(request.reportDirectory().resolve(SpecCache.DIRECTORY_NAME),
                    GenerationIndex.fingerprint(index.configuration()))
                    : SpecCache.none();
            design = DesignLoader.load(request.projectDirectory(), request.specDirectory(), request.naming(),
                    threads, cache);
            cacheWriter = index.used() ? saveInBackground(cache) : null;
        } else {
            design = designSource.load(request.projectDirectory(), request.specDirectory(), request.naming());
        }
        design = TargetLiteralRule.apply(TargetIdentifierRule.apply(design, request.target()), request.target());
        design = ModelContractRule.apply(design, request.target(), request.incrementalConfig(), request.naming());
        List<String> entities = entityNames(design);
        times.lap("load");
        HashGovernance.Review review = null;
        if (!design.hasErrors() && design.vault() != null && standIn == null) {
            review = HashGovernance.check(request.projectDirectory(), design);
            design = review.design();
        }
        if (design.hasErrors() || design.vault() == null) {
            return new Planned(new GenerationPlan(request, design, entities, List.of()), 0, RenderStage.none())
                    .joiningOnClose(cacheWriter);
        }
        options = options.withSettings(design.settings());
        Path project = request.projectDirectory();
        List<PlannedFile> files = new ArrayList<>();
        List<UserFile> userFiles = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        RenderStage stage = RenderStage.none();
        int rendered;
        try {
            if (standIn != null) {
                rendered = planStandIn(project, design.vault(), options, files, paths);
            } else {
                DbtProjectRenderer renderer = new DbtProjectRenderer(options);
                stage = new RenderStage(renderer, threads, spillLimit, retainBudget);
                IndexedChanges changes = new IndexedChanges(index.previous(), index.disk(), index.specHashes(),
                        design.vault());
                List<PendingFile> toRender = new ArrayList<>();
                for (PendingFile file : renderer.files(design.vault())) {
                    paths.add(file.path());
                    if (file.userOwned()) {
                        UserFile existing = UserFile.existing(ProjectFiles.resolveInside(project, file.path()),
                                file.path(), file.entities());
                        userFiles.add(existing != null ? existing
                                : new UserFile(file.path(), file.entities(), true));
                        if (existing == null) {
                            toRender.add(file); // written once, then the person's
                        }
                        continue;
                    }
                    GenerationIndex.Output before = changes.unchanged(file);
                    if (before != null) {
                        stage.vouch(file.path(), before.sha256());
                        files.add(new PlannedFile(file.path(), FileAction.UNCHANGED, file.kind(), file.entities(),
                                file.specs(), null, "up to date (its specs did not change since the last run)"));
                    } else {
                        toRender.add(file);
                    }
                }
                files.addAll(stage.render(toRender, (rendering, sha) -> changes.isUnchanged(rendering.path(), sha)
                        ? ProjectFiles.planned(rendering, FileAction.UNCHANGED, "up to date")
                        : changes.isIntact(rendering.path())
                        // on disk exactly as the last run wrote it (size and time as indexed): not read again
                        ? ProjectFiles.planned(rendering, FileAction.UPDATE, ProjectFiles.UPDATE_DETAIL)
                        : ProjectFiles.planAgainstDisk(project, rendering, sha)));
                rendered = toRender.size();
            }
            times.lap("render");
            files.addAll(index.used()
                    ? ProjectFiles.planStale(project, paths, index.recorded(), index.disk().keySet())
                    : ProjectFiles.planStale(project, paths, StaleFiles.recorded(request)));
            times.lap("stale scan");
        } catch (TemplateException | GenerationIoException | RuntimeException | Error e) {
            stage.close();
            Planned.join(cacheWriter);
            throw e;
        }
        return new Planned(new GenerationPlan(request, design, entities, files, userFiles), rendered,
                stage, review).joiningOnClose(cacheWriter);
    }

    /**
     * Keeps the parses for the next run while this one renders and writes (joined when the plan is closed); a
     * cache that cannot be written only costs the next run a parse.
     */
    private static Thread saveInBackground(SpecCache cache) {
        Thread thread = new Thread(() -> {
            try {
                cache.save();
            } catch (IOException | RuntimeException e) {
                // nothing to report: the next run parses these specs
            }
        }, "dv-spec-cache");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Plans the files of a stand-in renderer, every one rendered and compared with the disk. */
    private int planStandIn(Path project, Vault vault, RenderOptions options, List<PlannedFile> files,
                            Set<String> paths) throws TemplateException, GenerationIoException {
        List<RenderedFile> rendered = standIn.render(vault, options);
        for (RenderedFile file : rendered) {
            if (!paths.add(file.path())) {
                throw new IllegalStateException("two generated files share the path " + file.path());
            }
            files.add(ProjectFiles.planAgainstDisk(project, file, Hashing.sha256(file.content())));
        }
        return rendered.size();
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
}
