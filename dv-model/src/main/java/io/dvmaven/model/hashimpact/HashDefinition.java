package io.dvmaven.model.hashimpact;

import java.util.List;
import java.util.Objects;

/**
 * What one hash column of one stage is computed from: the inputs in the order AutomateDV hashes them, and the
 * settings that shape the value. Two definitions that are equal give the same hash for the same row.
 *
 * @param stage           staging model computing it
 * @param column          hash key or hashdiff column
 * @param hashdiff        true for a hashdiff (AutomateDV sorts its inputs by name), false for a hash key
 * @param inputs          input columns as hashed, each {@code stage_column} or {@code stage_column <- source}
 * @param algorithm       {@code md5} or {@code sha256}
 * @param casing          {@code upper} or {@code disabled}
 * @param concatString    separator between inputs, or {@code null} when there is one input (unused)
 * @param nullPlaceholder NULL stand-in, or {@code null} for a single-input hash key (unused)
 * @param models          vault tables storing the column, sorted
 */
public record HashDefinition(String stage, String column, boolean hashdiff, List<String> inputs, String algorithm,
                             String casing, String concatString, String nullPlaceholder, List<String> models) {

    public HashDefinition {
        inputs = List.copyOf(inputs);
        models = List.copyOf(models);
    }

    /** {@code stage.column}, the ledger key. */
    public String key() {
        return stage + "." + column;
    }

    /** True when both compute the same value from the same row (the tables storing it do not matter). */
    public boolean sameValueAs(HashDefinition other) {
        return hashdiff == other.hashdiff && inputs.equals(other.inputs) && algorithm.equals(other.algorithm)
                && casing.equals(other.casing) && Objects.equals(concatString, other.concatString)
                && Objects.equals(nullPlaceholder, other.nullPlaceholder);
    }

    /** One line for reports: {@code md5, casing upper, concat '||', null '^^' over [a, b <- x]}. */
    public String describe() {
        StringBuilder text = new StringBuilder(algorithm).append(", casing ").append(casing);
        if (concatString != null) {
            text.append(", concat '").append(concatString).append('\'');
        }
        if (nullPlaceholder != null) {
            text.append(", null '").append(nullPlaceholder).append('\'');
        }
        return text.append(" over [").append(String.join(", ", inputs)).append(']').toString();
    }
}
