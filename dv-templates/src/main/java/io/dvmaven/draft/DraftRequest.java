package io.dvmaven.draft;

import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code dv:draft} run for one narrative.
 *
 * @param projectDirectory the dbt project; paths in messages are relative to it
 * @param specDirectory    the project's specs: drafts are checked together with them and written next to them
 * @param naming           naming conventions, as for dv:generate
 * @param narrative        what to draft from
 * @param repairRounds     how often validation errors are sent back to the model (0 = never)
 * @param overwrite        replace an existing draft of the same entity
 * @param modelLabel       model name shown in the draft header
 * @param catalog          the source tables and columns a draft may use (empty: not restricted)
 */
public record DraftRequest(
        Path projectDirectory,
        Path specDirectory,
        NamingConventions naming,
        Narrative narrative,
        int repairRounds,
        boolean overwrite,
        String modelLabel,
        SourceCatalog catalog) {

    /** A request without a source catalog: drafts may name any table. */
    public DraftRequest(Path projectDirectory, Path specDirectory, NamingConventions naming, Narrative narrative,
                        int repairRounds, boolean overwrite, String modelLabel) {
        this(projectDirectory, specDirectory, naming, narrative, repairRounds, overwrite, modelLabel,
                SourceCatalog.empty());
    }

    public DraftRequest {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(specDirectory, "specDirectory");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(narrative, "narrative");
        if (repairRounds < 0) {
            throw new IllegalArgumentException("repairRounds must be 0 or more");
        }
    }
}
