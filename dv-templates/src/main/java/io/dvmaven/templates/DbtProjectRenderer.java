package io.dvmaven.templates;

import io.dvmaven.model.vault.Vault;
import java.util.List;

/** Renders a resolved vault into dbt project files, in memory. Deterministic: same vault, same bytes. */
public final class DbtProjectRenderer {

    private final RenderOptions options;

    public DbtProjectRenderer(RenderOptions options) {
        this.options = options;
    }

    /** Every file for the vault, sorted by path. */
    public List<RenderedFile> render(Vault vault) throws TemplateException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
