package io.dvmaven.model.vault;

import java.util.List;

/**
 * A hub model calling {@code automate_dv.hub}.
 *
 * @param model              model name ({@code h_member})
 * @param folder             folder relative to {@code models/}
 * @param entity             the entity
 * @param hashKey            hash key column
 * @param businessKeyColumns business key column(s) in the vault ({@code [member_bk]})
 * @param sources            feeding staging models, sorted by stage model name
 * @param links              link model names this hub takes part in, sorted
 * @param specs              specs that contribute (its own, and those of links loading it), sorted
 */
public record Hub(
        String model,
        String folder,
        Entity entity,
        String hashKey,
        List<String> businessKeyColumns,
        List<HubSource> sources,
        List<String> links,
        List<SpecRef> specs) {

    /** Staging model names, sorted. */
    public List<String> stageModels() {
        return sources.stream().map(HubSource::stageModel).sorted().toList();
    }

    /** Record source values, sorted, without duplicates. */
    public List<String> sourceSystems() {
        return sources.stream().map(HubSource::source).distinct().sorted().toList();
    }
}
