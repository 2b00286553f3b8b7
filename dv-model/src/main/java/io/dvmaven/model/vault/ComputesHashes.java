package io.dvmaven.model.vault;

import java.util.List;

/**
 * A further kind's object whose own generated model computes hash columns outside the staging models (a reference
 * table's delivery model computes the hashdiff of its history), so that a change of what they are computed from is
 * governed like a stage's hash.
 */
public interface ComputesHashes {

    /** The hash columns this object's models compute. */
    List<ComputedHash> computedHashes();

    /**
     * One hash column computed by a generated model.
     *
     * @param model    model computing it
     * @param column   hash column
     * @param hashdiff true for a hashdiff (AutomateDV sorts its inputs by name)
     * @param inputs   input columns, in the order the spec gives them
     * @param storedBy vault tables storing it
     * @param spec     spec defining it, where a breaking change of it is reported
     */
    record ComputedHash(String model, String column, boolean hashdiff, List<String> inputs, List<String> storedBy,
                        SpecRef spec) {

        public ComputedHash {
            inputs = List.copyOf(inputs);
            storedBy = List.copyOf(storedBy);
        }
    }
}
