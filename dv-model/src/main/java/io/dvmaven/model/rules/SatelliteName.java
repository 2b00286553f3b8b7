package io.dvmaven.model.rules;

/**
 * A satellite name split into its parts, e.g. {@code s_member_demographics_legacy_facets}.
 *
 * @param entity      the hub entity
 * @param group       the attribute group
 * @param source      the source system
 * @param hub         the hub model name built from {@code entity}
 * @param hubExists   true when that hub model is in the project
 * @param sourceKnown true when {@code source} has a staging folder in the project
 */
public record SatelliteName(String entity, String group, String source, String hub, boolean hubExists,
                            boolean sourceKnown) {
}
