package io.dvmaven.generate;

/**
 * A plan, how many files were rendered for it, and the render stage that holds what writing needs (the SHA-256
 * of every file it rendered or the index vouched for, bodies kept or spilled). Closing it removes spilled bodies.
 */
record Planned(GenerationPlan plan, int rendered, RenderStage bodies) implements AutoCloseable {

    @Override
    public void close() {
        bodies.close();
    }
}
