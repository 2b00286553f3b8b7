package io.dvmaven.model.vault;

import java.util.List;

/**
 * A satellite model calling {@code automate_dv.sat}: one per attribute group per source system.
 *
 * @param model       model name ({@code s_member_demographics_legacy_facets})
 * @param folder      folder relative to {@code models/}
 * @param entity      entity name
 * @param group       attribute group name
 * @param description group description, or {@code null}
 * @param source      source system
 * @param hubModel    parent hub model
 * @param hashKey     parent hash key column
 * @param hashdiff    hashdiff column
 * @param payload     payload attributes in spec order
 * @param stageModel  feeding staging model
 * @param spec        spec defining it
 */
public record Satellite(
        String model,
        String folder,
        String entity,
        String group,
        String description,
        String source,
        String hubModel,
        String hashKey,
        String hashdiff,
        List<Attribute> payload,
        String stageModel,
        SpecRef spec) {
}
