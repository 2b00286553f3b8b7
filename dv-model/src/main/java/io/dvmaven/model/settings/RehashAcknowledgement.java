package io.dvmaven.model.settings;

import io.dvmaven.model.SourceLocation;

/**
 * An entry of {@code rehash:}: the person changing what a hash column is computed from confirms that the values
 * stored so far no longer match the new ones (and that history is rehashed or restarted).
 *
 * @param column       the hash key or hashdiff column whose definition changes ({@code policy_hk})
 * @param acknowledged the date of the acknowledgement, {@code yyyy-mm-dd}
 * @param reason       why, or {@code null}
 * @param location     where the entry is
 */
public record RehashAcknowledgement(String column, String acknowledged, String reason, SourceLocation location) {
}
