package io.dvmaven.model.naming;

import java.util.Set;

/**
 * A name pattern that a structure kind declares for itself ({@code Kind.namingPatterns()}), so that a new kind
 * brings its model, column and folder names without a new field in {@link NamingConventions}. Users override it
 * by its {@code name} like the built-in patterns.
 *
 * @param name                 the configuration name ({@code effectivitySatelliteModel}); folders end in {@code Folder}
 * @param defaultPattern       the house convention ({@code efs_{link}_{source}})
 * @param allowedPlaceholders  the placeholders it may use
 * @param requiredPlaceholders the placeholders it must use so that two objects never share a name
 * @param description          one line for documentation and messages
 */
public record NamingPattern(String name, String defaultPattern, Set<String> allowedPlaceholders,
                            Set<String> requiredPlaceholders, String description) {

    public NamingPattern {
        allowedPlaceholders = Set.copyOf(allowedPlaceholders);
        requiredPlaceholders = Set.copyOf(requiredPlaceholders);
        if (!allowedPlaceholders.containsAll(requiredPlaceholders)) {
            throw new IllegalArgumentException(name + ": required placeholders must be allowed");
        }
    }
}
