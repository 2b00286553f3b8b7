package io.dvmaven.model;

import io.dvmaven.model.settings.ProjectSettings;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.vault.Vault;
import java.util.List;

/**
 * What loading a spec directory produced.
 *
 * @param specFiles   spec files read, relative to the project, sorted
 * @param entities    parsed entity specs, sorted by entity name
 * @param vault       the resolved vault; {@code null} when {@link #diagnostics()} holds an error
 * @param diagnostics every problem found, sorted by location
 * @param decisions   defaults applied and inferences made, sorted by subject
 * @param settings    the project settings ({@code specs/dv_settings.yml}), defaults when there is none
 */
public record DesignResult(
        List<String> specFiles,
        List<EntitySpec> entities,
        Vault vault,
        List<Diagnostic> diagnostics,
        List<Decision> decisions,
        ProjectSettings settings) {

    public DesignResult {
        settings = settings == null ? ProjectSettings.DEFAULTS : settings;
    }

    /** A result with the default project settings. */
    public DesignResult(List<String> specFiles, List<EntitySpec> entities, Vault vault, List<Diagnostic> diagnostics,
                        List<Decision> decisions) {
        this(specFiles, entities, vault, diagnostics, decisions, ProjectSettings.DEFAULTS);
    }

    /** This design with {@code found} added to its diagnostics (kept sorted); itself when there are none. */
    public DesignResult withDiagnostics(List<Diagnostic> found) {
        if (found.isEmpty()) {
            return this;
        }
        Diagnostics all = new Diagnostics();
        all.addAll(diagnostics);
        all.addAll(found);
        return new DesignResult(specFiles, entities, vault, all.sorted(), decisions, settings);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
