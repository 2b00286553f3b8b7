package io.dvmaven.model.hashimpact;

import io.dvmaven.model.settings.RehashAcknowledgement;

/**
 * A hash column whose definition differs from the one its stored values were computed with.
 *
 * @param before         the accepted definition
 * @param after          the definition the specs and settings give now
 * @param acknowledgement the rehash entry accepting it, or {@code null}
 */
public record HashChange(HashDefinition before, HashDefinition after, RehashAcknowledgement acknowledgement) {

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    /** Which models, which columns, old vs new definition. */
    public String describe() {
        return "hash " + after.column() + " of " + after.stage() + " (stored in "
                + (after.models().isEmpty() ? "no vault table" : String.join(", ", after.models()))
                + ") changes: was " + before.describe() + "; now " + after.describe();
    }
}
