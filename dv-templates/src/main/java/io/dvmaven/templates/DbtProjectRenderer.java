package io.dvmaven.templates;

import io.dvmaven.model.vault.Vault;
import io.dvmaven.model.target.ModelContracts;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindFiles;
import io.dvmaven.templates.kinds.KindFilesRegistry;
import io.dvmaven.templates.kinds.KindOutput;
import io.dvmaven.templates.kinds.sources.SourcesFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;

/**
 * Renders a resolved vault into dbt project files, in memory. Deterministic: same vault, same bytes. Which files
 * there are comes from the structure kinds ({@link KindFilesRegistry}); this class renders them behind the header.
 */
public final class DbtProjectRenderer {

    private final RenderOptions options;
    private final TemplateEngine engine;
    private final ProjectScope projectScope;

    public DbtProjectRenderer(RenderOptions options) {
        this.options = options;
        this.engine = new TemplateEngine(options.templateDirectory());
        this.projectScope = new ProjectScope(options.incremental().configArguments());
    }

    /** Every file for the vault, sorted by path. */
    public List<RenderedFile> render(Vault vault) throws TemplateException {
        List<RenderedFile> rendered = new ArrayList<>();
        for (PendingFile file : files(vault)) {
            rendered.add(render(file));
        }
        return List.copyOf(rendered);
    }

    /**
     * Every file for the vault, sorted by path, with what it depends on but not yet rendered: callers render
     * only the files they need, on as many threads as they like ({@link #render(PendingFile)} is thread-safe).
     * Each structure kind of {@link KindFilesRegistry} adds its own files and schema.yml entries.
     */
    public List<PendingFile> files(Vault vault) {
        KindContext context = new KindContext(vault, options);
        KindOutput out = new KindOutput(ModelContracts.of(vault, options.target(), options.settings(),
                options.naming().loadTimestampColumn(), options.naming().recordSourceColumn()));
        for (KindFiles kind : KindFilesRegistry.KINDS) {
            kind.addFiles(context, out);
        }
        List<PendingFile> files = new ArrayList<>(out.files());
        files.sort(Comparator.comparing(PendingFile::path));
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).path().equals(files.get(i - 1).path())) {
                throw new IllegalStateException("two generated files share the path " + files.get(i).path()
                        + "; the naming conventions must give every object its own name");
            }
        }
        return List.copyOf(files);
    }

    /** Renders one file of {@link #files(Vault)}: its template over its view, behind the generated header. */
    public RenderedFile render(PendingFile file) throws TemplateException {
        StringBuilder body = engine.renderToBuilder(file.template(), scopes(file));
        if (file.userOwned()) {
            return new RenderedFile(file.path(), UserFileHeader.compose(file, body), file.kind(), file.entities(),
                    file.specs());
        }
        String content = GeneratedHeader.compose(file.path(), options.generatorVersion(), file.entities(),
                file.sources(), file.specs(), options.generatedAt(), body);
        return new RenderedFile(file.path(), content, file.kind(), file.entities(), file.specs());
    }

    /**
     * Renders one file as {@link #render(PendingFile)} does, but a folder-wide file (schema.yml, sources.yml)
     * whose body runs longer than {@code memoryLimit} characters
     * is streamed into a file from {@code spillFiles} instead of being held: the result is then a
     * {@link SpilledFile}, whose header followed by the file's bytes are exactly the content
     * {@link #render(PendingFile)} gives.
     */
    public Rendering render(PendingFile file, long memoryLimit, SpillFiles spillFiles)
            throws TemplateException, IOException {
        if (!FOLDER_WIDE.contains(file.kind()) || file.userOwned()) {
            return render(file); // one model's file: small, rendered straight into a builder
        }
        SpillingBody body = new SpillingBody(memoryLimit, spillFiles::newFile);
        try {
            engine.renderTo(file.template(), scopes(file), body);
        } catch (SpillingBody.SinkFailure e) {
            deleteSpill(body);
            throw e.getCause();
        } catch (TemplateException | RuntimeException e) {
            deleteSpill(body);
            throw e;
        }
        StringBuilder memory;
        try {
            memory = body.finish();
        } catch (IOException e) {
            deleteSpill(body);
            throw e;
        }
        if (memory != null) {
            String content = GeneratedHeader.compose(file.path(), options.generatorVersion(), file.entities(),
                    file.sources(), file.specs(), options.generatedAt(), memory);
            return new RenderedFile(file.path(), content, file.kind(), file.entities(), file.specs());
        }
        String header = GeneratedHeader.header(file.path(), options.generatorVersion(), file.entities(),
                file.sources(), file.specs(), options.generatedAt(), body.checksum());
        return new SpilledFile(file.path(), header, body.file(), file.kind(), file.entities(), file.specs());
    }

    /** The file's view over what every template may read ({@link ProjectScope}); the view's names win. */
    private Object[] scopes(PendingFile file) {
        return new Object[] {projectScope, file.view().get()};
    }

    /**
     * Names every template can use besides its view.
     *
     * @param incrementalConfig the target's incremental arguments for a vault model's {@code config(...)}, each
     *                          after a comma (for example {@code , incremental_strategy='append', ...})
     */
    public record ProjectScope(String incrementalConfig) {
    }

    private static void deleteSpill(SpillingBody body) {
        if (body.file() != null) {
            try {
                Files.deleteIfExists(body.file());
            } catch (IOException ignored) {
                // a temporary file; the caller's spill folder is removed as a whole
            }
        }
    }

    /** Kinds of file that list every model or table of a folder, and so grow with the design. */
    private static final Set<String> FOLDER_WIDE = Set.of(SchemaDocs.KIND, SourcesFiles.KIND);

    /** Where large bodies are streamed to. */
    @FunctionalInterface
    public interface SpillFiles {
        /** A new, empty file that the renderer may fill. */
        Path newFile() throws IOException;
    }

    /** Content hash of every template a render can use: built-in ones, each replaced by a user override. */
    public SortedMap<String, String> templateHashes() {
        return engine.templateHashes();
    }

    /** As {@link #templateHashes()} for a template directory (null for none), without setting up a renderer. */
    public static SortedMap<String, String> templateHashes(Path templateDirectory) {
        return TemplateEngine.templateHashes(templateDirectory);
    }
}
