package io.dvmaven.plugin;

import io.dvmaven.model.DvLog;
import io.dvmaven.plugin.diagram.VaultDiagram;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Draws the vault: writes {@code vault.mmd} (every hub, link and satellite with its keys as one Mermaid
 * erDiagram, plus {@code %% dv:} directives so it can be read back as a spec) and {@code vault.html}, a page
 * that renders the diagram offline with Mermaid's JavaScript copied beside it, and lists every entity with its
 * sources and business keys. Reads the same specs as {@code dv:generate}; writes nothing into the dbt project.
 *
 * <p>Example: {@code mvn dv:diagram}, then open {@code target/dv/vault.html}.
 *
 * @since 0.1.0
 */
@Mojo(name = "diagram", threadSafe = true)
public class DiagramMojo extends AbstractDvMojo {

    /**
     * Skips dv:diagram only.
     *
     * <p>Default: {@code false}. Property: {@code dv.diagram.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DIAGRAM_SKIP, defaultValue = "false")
    private boolean diagramSkip;

    /**
     * Where {@code vault.mmd}, {@code vault.html} and {@code mermaid.min.js} go. Outside the dbt project's
     * sources so the picture never becomes part of the models.
     *
     * <p>Default: <code>${project.build.directory}/dv</code>. Property: {@code dv.diagram.outputDirectory}. Example:
     * <pre>&lt;diagramDirectory&gt;${project.basedir}/docs/vault&lt;/diagramDirectory&gt;</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = PropertyNames.DIAGRAM_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/dv")
    private File diagramDirectory;

    @Override
    protected void doExecute(DvLog log) throws Exception {
        Path output = diagramDirectory == null ? dbtProjectDirectory().resolve("target").resolve("dv")
                : diagramDirectory.toPath().toAbsolutePath().normalize();
        VaultDiagram.write(dbtProjectDirectory(), specDirectory(), namingConventions(), output, log);
    }

    @Override
    protected String goal() {
        return "diagram";
    }

    @Override
    protected boolean isGoalSpecificSkip() {
        return diagramSkip;
    }

    @Override
    protected String goalSkipProperty() {
        return PropertyNames.DIAGRAM_SKIP;
    }
}
