package io.dvmaven.generate;

import java.util.List;

/**
 * A plan, how many files were rendered for it, and the render stage that holds what writing needs (the SHA-256
 * of every file it rendered or the index vouched for, bodies kept or spilled). Closing it removes spilled bodies.
 */
final class Planned implements AutoCloseable {

    private GenerationPlan plan;
    private final int rendered;
    private final RenderStage bodies;
    private final HashGovernance.Review review;
    private Thread background;

    Planned(GenerationPlan plan, int rendered, RenderStage bodies) {
        this(plan, rendered, bodies, null);
    }

    /** @param review what the hash governance found while planning, or null when it did not run */
    Planned(GenerationPlan plan, int rendered, RenderStage bodies, HashGovernance.Review review) {
        this.plan = plan;
        this.rendered = rendered;
        this.bodies = bodies;
        this.review = review;
    }

    /** What the hash governance found while planning, or null when it did not run. */
    HashGovernance.Review review() {
        return review;
    }

    GenerationPlan plan() {
        return plan;
    }

    int rendered() {
        return rendered;
    }

    RenderStage bodies() {
        return bodies;
    }

    /**
     * Drops the content the plan kept for writing, once it is written, so the reports and the index of a large
     * design are built without it in memory. A file whose hash the stage does not know keeps its content.
     */
    GenerationPlan releaseContents() {
        List<PlannedFile> files = plan.files().stream()
                .map(f -> f.content() != null && bodies.sha256(f.path()) != null ? f.withoutContent() : f).toList();
        plan = new GenerationPlan(plan.request(), plan.design(), plan.entities(), files, plan.userFiles());
        return plan;
    }

    /** This plan, waiting for {@code thread} (null: none) when closed. */
    Planned joiningOnClose(Thread thread) {
        background = thread;
        return this;
    }

    /** Waits for {@code thread} to end (null: returns at once). */
    static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        bodies.close();
        join(background);
    }
}
