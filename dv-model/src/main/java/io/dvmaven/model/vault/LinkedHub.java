package io.dvmaven.model.vault;

import java.util.List;

/**
 * A hub taking part in a link.
 *
 * @param entity             hub entity name
 * @param hubModel           hub model name
 * @param hashKey            the hub's hash key column (a foreign key in the link)
 * @param businessKeyColumns the hub's business key columns
 */
public record LinkedHub(String entity, String hubModel, String hashKey, List<String> businessKeyColumns) {
}
