package io.dvmaven.templates;

import io.dvmaven.model.vault.SpecRef;
import java.util.List;

/**
 * One file produced in memory, with its header, ready to be written.
 *
 * @param path     path relative to the dbt project, forward slashes ({@code models/integration/hubs/h_member.sql})
 * @param content  complete content, header included, LF line endings, ending with a newline
 * @param kind     what it is: {@code stage}, {@code hub}, {@code link}, {@code satellite}, {@code sources},
 *                 {@code schema}, {@code macro}, {@code test}
 * @param entities entities it is generated for, sorted
 * @param specs    specs it depends on, sorted
 */
public record RenderedFile(String path, String content, String kind, List<String> entities, List<SpecRef> specs)
        implements Rendering {
}
