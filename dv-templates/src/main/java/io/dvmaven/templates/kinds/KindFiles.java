package io.dvmaven.templates.kinds;

import java.util.List;

/**
 * One structure kind on the templates side (hub, link, satellite, ...): which files a resolved vault's structures
 * of this kind produce, the view each of its templates sees, and the documentation and tests it adds to the
 * folder-wide schema.yml. A kind lives in its own package ({@code io.dvmaven.templates.kinds.<kind>}) and is
 * listed once in {@link KindFilesRegistry}.
 */
public interface KindFiles {

    /** The kind of file it produces, as headers, reports and the index name it ({@code hub}, {@code test}, ...). */
    String id();

    /** Built-in templates it renders with, by the names a user's template directory overrides them with. */
    List<String> templates();

    /**
     * Adds the files this kind produces for {@code context.vault()} to {@code out}, each with the view its template
     * sees, and its models' entries (documentation and tests) to {@code out.schemaDocs()}.
     */
    void addFiles(KindContext context, KindOutput out);
}
