package io.dvmaven.model.vault;

import java.util.List;

/**
 * A business entity after resolution: the facts documentation is written from.
 *
 * @param name            entity name
 * @param description     business description, or {@code null}
 * @param spec            the spec file defining it
 * @param businessKeyParts logical business key parts, in order ({@code [member_id]})
 * @param sources         source systems feeding its hub from its own spec, sorted
 */
public record Entity(String name, String description, SpecRef spec, List<String> businessKeyParts,
                     List<String> sources) {

    public boolean compositeKey() {
        return businessKeyParts.size() > 1;
    }
}
