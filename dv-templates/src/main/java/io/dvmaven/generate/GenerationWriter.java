package io.dvmaven.generate;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.DvLog;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.templates.SpilledFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The write stage: carries a plan out. Refuses (writing only the reports) when a spec has an error or a conflict is
 * in the way; otherwise writes every new or changed file atomically (new folders built aside in hidden staging
 * folders and renamed into place, see {@link WriteSession}), removes stale generated files, then writes the
 * reports and the index.
 */
final class GenerationWriter {

    /** Files from which writing is spread over threads. */
    private static final int PARALLEL_WRITE_THRESHOLD = 64;

    private final GenerateRequest request;
    private final DvLog log;
    private final PhaseTimes times;
    private final int threads;
    private final Path markdown;
    private final Path json;
    private final boolean governed;

    /**
     * @param threads  writer threads (file creation waits on the disk, not the CPU)
     * @param governed also record the project's dbt vars block and hash ledger (false for stand-in designs)
     */
    GenerationWriter(GenerateRequest request, DvLog log, PhaseTimes times, int threads, boolean governed) {
        this.request = request;
        this.governed = governed;
        this.log = log;
        this.times = times;
        this.threads = threads;
        this.markdown = request.reportDirectory().resolve(DvGenerator.MARKDOWN_REPORT);
        this.json = request.reportDirectory().resolve(DvGenerator.JSON_REPORT);
    }

    GenerateResult carryOut(Planned planned, IndexRun index)
            throws SpecErrorsException, FileConflictException, TemplateException, GenerationIoException {
        GenerationPlan plan = planned.plan();
        plan.warnings().forEach(warning -> log.warn(warning.format()));
        for (Decision decision : plan.design().decisions()) {
            log.debug(() -> "Decision: " + decision.subject() + ": " + decision.text());
        }
        if (plan.hasSpecErrors()) {
            writeReports(plan, Map.of(), "failed: " + plan.specErrors().size() + " spec error(s), nothing written");
            throw new SpecErrorsException(plan.specErrors());
        }
        if (plan.hasConflicts() && !request.overwriteEdited()) {
            writeReports(plan, Map.of(), "failed: " + plan.conflicts().size() + " conflict(s), nothing written");
            throw new FileConflictException(plan.conflicts());
        }

        Path project = request.projectDirectory();
        Map<String, GenerationIndex.Stat> outcomes = writeAll(project, plan, planned.bodies());
        if (governed && plan.design().vault() != null) {
            if (planned.review() != null) {
                HashGovernance.record(project, planned.review());
            } else {
                HashGovernance.record(project, plan.design());
            }
        }
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
                GenerationIndex.Stat stat = outcomes.get(file.path());
                if (stat != null) {
                    written.add(file.path());
                    writtenStats.put(file.path(), stat);
                    results.put(file.path(), file.isConflict() ? "overwritten" : "written");
                    log.debug(() -> (file.isConflict() ? "Overwrote " : "Wrote ") + file.path());
                } else {
                    unchanged++;
                    results.put(file.path(), "unchanged");
                }
            } else {
                // after every write: removing a folder left empty must not race a write into it
                ProjectFiles.delete(project, ProjectFiles.resolveInside(project, file.path()));
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
        plan = planned.releaseContents();
        writeReports(plan, results, "success");
        times.lap("reports");
        if (index.used()) {
            writeIndex(index, plan, planned.bodies().hashes(), writtenStats, Set.copyOf(removed), project);
            times.lap("index");
        }
        GenerateResult result = new GenerateResult(plan, written, removed, unchanged, markdown, json,
                planned.rendered(), times.millis());
        log.info(result.summary());
        log.debug(() -> "Timings: " + result.timingSummary());
        if (index.used() && index.previous() != null) {
            log.info("Rendered " + planned.rendered() + " of " + plan.generatedFiles().size()
                    + " files: the others depend only on specs unchanged since the last run");
        }
        return result;
    }

    /**
     * Writes every new or changed generated file of the plan, on several threads; content that the plan did not
     * keep is rendered again and must hash as planned. Returns the size and time afterwards of each file written,
     * by path (none for a file whose bytes were already there).
     */
    private Map<String, GenerationIndex.Stat> writeAll(Path project, GenerationPlan plan, RenderStage bodies)
            throws GenerationIoException, TemplateException {
        List<PlannedFile> toWrite = plan.files().stream()
                .filter(f -> f.action() != FileAction.UNCHANGED && f.isGenerated()).toList();
        GenerationIndex.Stat[] outcomes = new GenerationIndex.Stat[toWrite.size()];
        WriteSession session = new WriteSession();
        try {
            session.prepare(project, DvGenerator.OWNED_ROOTS.stream().map(project::resolve).toList(),
                    toWrite.stream().map(f -> ProjectFiles.resolveInside(project, f.path())).toList());
        } catch (IOException e) {
            closeQuietly(session);
            throw new GenerationIoException("write", e instanceof FileSystemException f && f.getFile() != null
                    ? Path.of(f.getFile()) : project, e);
        }
        IntConsumer task = i -> {
            try {
                outcomes[i] = writeOne(project, toWrite.get(i), bodies, session);
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
                    pool.submit(() -> IntStream.range(0, toWrite.size()).parallel().forEach(task)).join();
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
        Map<String, GenerationIndex.Stat> byPath = new HashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] != null) {
                byPath.put(toWrite.get(i).path(), outcomes[i]);
            }
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

    /** Writes one file; its size and time afterwards, or null when its bytes were already there. */
    private static GenerationIndex.Stat writeOne(Path project, PlannedFile file, RenderStage bodies,
                                                 WriteSession session)
            throws GenerationIoException, TemplateException {
        Path target = ProjectFiles.resolveInside(project, file.path());
        String sha256 = bodies.sha256(file.path());
        SpilledFile big = bodies.spilled(file.path());
        Optional<Path> written;
        try {
            if (file.content() == null && big != null) {
                written = session.write(target, big.header(), big.body(), sha256);
            } else {
                written = session.write(target, bodies.content(file), sha256);
            }
        } catch (IOException e) {
            throw new GenerationIoException("write", target, e);
        }
        // a staged file keeps its size and time when its folder is renamed into place
        return written.isEmpty() ? null : ProjectFiles.stat(written.get(), target);
    }

    /** Carries a checked failure out of a parallel stream. */
    private static final class WriteFailure extends RuntimeException {
        WriteFailure(Exception cause) {
            super(cause);
        }
    }

    private void writeReports(GenerationPlan plan, Map<String, String> results, String status)
            throws GenerationIoException {
        try {
            WriteLeftovers.removeIn(request.reportDirectory()); // temporary files of a killed run's reports and index
        } catch (IOException e) {
            throw new GenerationIoException("write", request.reportDirectory(), e);
        }
        GenerationReport report = new GenerationReport(plan, results, status);
        try {
            AtomicFiles.writeIfChanged(markdown, out -> out.write(report.toMarkdown()));
        } catch (IOException e) {
            throw new GenerationIoException("write", markdown, e);
        }
        try {
            AtomicFiles.writeIfChanged(json, report::writeJson);
        } catch (IOException e) {
            throw new GenerationIoException("write", json, e);
        }
    }

    private static void writeIndex(IndexRun index, GenerationPlan plan, Map<String, String> hashes,
                                   Map<String, GenerationIndex.Stat> written, Set<String> removed, Path project)
            throws GenerationIoException {
        Map<String, GenerationIndex.Stat> disk = index.disk();
        SortedMap<String, GenerationIndex.Output> outputs = new TreeMap<>();
        SortedMap<String, GenerationIndex.Stat> others = new TreeMap<>();
        Set<String> userFiles = new HashSet<>(plan.userFiles().stream().map(UserFile::path).toList());
        for (PlannedFile file : plan.generatedFiles()) {
            GenerationIndex.Stat stat = written.getOrDefault(file.path(), disk.get(file.path()));
            if (stat == null) {
                stat = ProjectFiles.stat(project.resolve(file.path()));
            }
            if (userFiles.contains(file.path())) {
                others.put(file.path(), stat); // the person's from now on, like any file of theirs
                continue;
            }
            String sha = hashes.get(file.path());
            if (sha == null) {
                sha = Hashing.sha256(file.content());
            }
            outputs.put(file.path(), new GenerationIndex.Output(file.path(), sha, stat.size(), stat.modified(),
                    file.kind(), file.entities(), file.specs().stream().map(SpecRef::file).toList()));
        }
        disk.forEach((path, stat) -> {
            if (!outputs.containsKey(path) && !removed.contains(path)) {
                others.put(path, stat);
            }
        });
        List<String> warnings = plan.warnings().stream().map(Diagnostic::format).toList();
        GenerationIndex updated = new GenerationIndex(index.configuration(), index.specHashes(),
                index.specs().stats(), outputs, others, warnings, plan.userFiles());
        try {
            AtomicFiles.writeIfChanged(index.file(), updated::writeTo);
        } catch (IOException e) {
            throw new GenerationIoException("write", index.file(), e);
        }
    }
}
