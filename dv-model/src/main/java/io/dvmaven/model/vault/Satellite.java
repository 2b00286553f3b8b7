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
 * @param effectiveFrom   stage column with the effective-from date ({@code src_eff}), or {@code null}
 * @param extraColumns    stage columns carried along ({@code src_extra_columns})
 * @param payloadExcludes when not empty, the payload is every stage column except these and the metadata
 *                        ({@code src_payload: {exclude_columns: true, columns: [...]}}); {@code payload} is empty
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
        SpecRef spec,
        String effectiveFrom,
        List<String> extraColumns,
        List<String> payloadExcludes) {

    public Satellite(String model, String folder, String entity, String group, String description, String source,
                     String hubModel, String hashKey, String hashdiff, List<Attribute> payload, String stageModel,
                     SpecRef spec) {
        this(model, folder, entity, group, description, source, hubModel, hashKey, hashdiff, payload, stageModel,
                spec, null, List.of(), List.of());
    }
}
