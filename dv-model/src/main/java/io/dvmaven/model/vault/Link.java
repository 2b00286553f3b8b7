package io.dvmaven.model.vault;

import java.util.List;

/**
 * A link model calling {@code automate_dv.link}.
 *
 * @param model            model name ({@code l_member_coverage})
 * @param folder           folder relative to {@code models/}
 * @param name             relationship name ({@code member_coverage})
 * @param description      business description, or {@code null}
 * @param relationshipType as written in the spec ({@code many_to_many}), or {@code null}
 * @param hashKey          link hash key column
 * @param hubs             hubs in key order: the defining entity first, then related hubs as listed
 * @param stageModels      feeding staging models, sorted
 * @param sources          source systems, sorted
 * @param spec             spec defining the link
 */
public record Link(
        String model,
        String folder,
        String name,
        String description,
        String relationshipType,
        String hashKey,
        List<LinkedHub> hubs,
        List<String> stageModels,
        List<String> sources,
        SpecRef spec) {
}
