package io.dvmaven.generate;

import io.dvmaven.templates.DbtProjectRenderer;
import io.dvmaven.templates.PendingFile;
import io.dvmaven.templates.RenderedFile;
import io.dvmaven.templates.Rendering;
import io.dvmaven.templates.SpilledFile;
import io.dvmaven.templates.TemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * The render stage: planned files to bytes and their SHA-256, on several threads for a large design. A body
 * longer than the spill limit is streamed to a temporary file; rendered content is kept for writing only up to a
 * share of the heap, and the rest is rendered again when written. Holds what the write stage needs (hashes, kept
 * and spilled bodies) until closed.
 */
final class RenderStage implements AutoCloseable {

    /** Files from which rendering is spread over threads. */
    static final int PARALLEL_RENDER_THRESHOLD = 500;

    /** Files rendered (and reduced to hashes) at a time. */
    private static final int RENDER_SLICE = 512;

    /** Decides what to do with a rendered file whose complete content has this SHA-256. */
    @FunctionalInterface
    interface Classifier {
        PlannedFile classify(Rendering rendering, String sha256) throws GenerationIoException;
    }

    private final DbtProjectRenderer renderer;
    private final int threads;
    private final long spillLimit;
    private final long retainBudget;
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, PendingFile> deferred = new HashMap<>();
    private final Map<String, SpilledFile> spilled = new HashMap<>();
    private final SpillFolder spill = new SpillFolder();
    private long retained;

    /**
     * @param renderer     renders the files; null when the plan was rendered elsewhere (nothing to render again)
     * @param threads      threads to render on
     * @param spillLimit   characters of a body held in memory
     * @param retainBudget characters of rendered content kept for writing
     */
    RenderStage(DbtProjectRenderer renderer, int threads, long spillLimit, long retainBudget) {
        this.renderer = renderer;
        this.threads = threads;
        this.spillLimit = spillLimit;
        this.retainBudget = retainBudget;
    }

    /** A stage with nothing rendered, for a plan rendered by a stand-in or not rendered at all. */
    static RenderStage none() {
        return new RenderStage(null, 1, 0, 0);
    }

    /** Records the SHA-256 the index vouches for of a file that is not rendered. */
    void vouch(String path, String sha256) {
        hashes.put(path, sha256);
    }

    /**
     * Renders and hashes {@code files} in slices, in path order, and returns the plan entry {@code classifier}
     * gives each one. Nothing is written before the whole plan is known.
     */
    List<PlannedFile> render(List<PendingFile> files, Classifier classifier)
            throws TemplateException, GenerationIoException {
        List<PlannedFile> planned = new ArrayList<>(files.size());
        boolean parallel = threads > 1 && files.size() >= PARALLEL_RENDER_THRESHOLD;
        try {
            for (int from = 0; from < files.size(); from += RENDER_SLICE) {
                List<PendingFile> slice = files.subList(from, Math.min(files.size(), from + RENDER_SLICE));
                List<Hashed> rendered = renderAll(slice, parallel);
                for (int i = 0; i < rendered.size(); i++) {
                    planned.add(keep(rendered.get(i), slice.get(i), classifier));
                }
            }
        } catch (IOException e) {
            throw new GenerationIoException("write", SpillFolder.location(), e);
        }
        return planned;
    }

    /** Classifies a rendered file and keeps what writing it will need: its hash, and its body while affordable. */
    private PlannedFile keep(Hashed rendered, PendingFile pending, Classifier classifier)
            throws GenerationIoException, IOException {
        String sha = rendered.sha256();
        hashes.put(pending.path(), sha);
        PlannedFile plannedFile = classifier.classify(rendered.rendering(), sha);
        if (rendered.rendering() instanceof SpilledFile big) {
            if (plannedFile.action() == FileAction.UNCHANGED) {
                Files.deleteIfExists(big.body());
            } else {
                spilled.put(big.path(), big);
            }
            return plannedFile;
        }
        if (plannedFile.content() != null) {
            long size = plannedFile.content().length();
            if (size <= retainBudget / 4 && retained + size <= retainBudget) {
                retained += size;
            } else {
                plannedFile = plannedFile.withoutContent();
                deferred.put(pending.path(), pending);
            }
        }
        return plannedFile;
    }

    /** SHA-256 of a file as rendered or vouched for; null when this stage did not see it. */
    String sha256(String path) {
        return hashes.get(path);
    }

    Map<String, String> hashes() {
        return hashes;
    }

    /** The spilled body of a file to write, or null when its content is held or rendered again. */
    SpilledFile spilled(String path) {
        return spilled.get(path);
    }

    /** The content to write: as planned, or rendered again (and checked against its hash) when not kept. */
    String content(PlannedFile file) throws TemplateException {
        if (file.content() != null) {
            return file.content();
        }
        String content = renderer.render(deferred.get(file.path())).content();
        if (!Hashing.sha256(content).equals(hashes.get(file.path()))) {
            throw new IllegalStateException("rendering " + file.path() + " twice gave different content");
        }
        return content;
    }

    @Override
    public void close() {
        spill.close();
    }

    /** A rendered file and the SHA-256 of its complete content. */
    private record Hashed(Rendering rendering, String sha256) {
    }

    /** Renders and hashes in path order; on all configured threads when asked and there is more than one file. */
    private List<Hashed> renderAll(List<PendingFile> files, boolean parallel) throws TemplateException, IOException {
        if (!parallel || threads <= 1 || files.size() < 2) {
            List<Hashed> rendered = new ArrayList<>(files.size());
            for (PendingFile file : files) {
                rendered.add(hashed(renderer.render(file, spillLimit, spill::newFile)));
            }
            return rendered;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // an ordered stream collects in encounter order: the same list as the loop above
            return pool.submit(() -> files.parallelStream().map(file -> {
                try {
                    return hashed(renderer.render(file, spillLimit, spill::newFile));
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
}
