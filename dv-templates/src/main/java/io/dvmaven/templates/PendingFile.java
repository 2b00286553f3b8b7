package io.dvmaven.templates;

import io.dvmaven.model.vault.SpecRef;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file the renderer will produce, known before it is rendered: where it goes and what it depends on.
 * {@link DbtProjectRenderer#render(PendingFile)} turns it into a {@link RenderedFile}. Each structure kind
 * ({@code io.dvmaven.templates.kinds}) says which of these a resolved vault produces.
 *
 * @param path     path relative to the dbt project, forward slashes
 * @param kind     what it is ({@code stage}, {@code hub}, {@code schema}, ...)
 * @param template the template it is rendered with
 * @param entities entities it is generated for, sorted
 * @param sources  source systems it covers, sorted
 * @param specs    specs it is generated from, sorted (as written into its header)
 * @param view     builds the template's view; called once per render
 * @param userOwned true for a file written once for a person to complete (then theirs: never regenerated)
 */
public record PendingFile(String path, String kind, String template, List<String> entities, List<String> sources,
                          List<SpecRef> specs, Supplier<Object> view, boolean userOwned) {

    /** A generated file (owned by the plugin). */
    public PendingFile(String path, String kind, String template, List<String> entities, List<String> sources,
                       List<SpecRef> specs, Supplier<Object> view) {
        this(path, kind, template, entities, sources, specs, view, false);
    }

    public PendingFile {
        Objects.requireNonNull(path, "path");
        entities = List.copyOf(entities);
        sources = List.copyOf(sources);
        specs = List.copyOf(specs);
        Objects.requireNonNull(view, "view");
    }

    /** A pending file whose entities, sources and specs are made distinct and sorted. */
    public static PendingFile of(String path, String kind, String template, Supplier<Object> view,
                                 List<String> entities, List<String> sources, List<SpecRef> specs) {
        return new PendingFile(path, kind, template, entities.stream().distinct().sorted().toList(),
                sources.stream().distinct().sorted().toList(), specs.stream().distinct().sorted().toList(), view);
    }

    /** The same file, written once for a person to complete. */
    public PendingFile ownedByUser() {
        return new PendingFile(path, kind, template, entities, sources, specs, view, true);
    }
}
