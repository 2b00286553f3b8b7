package io.dvmaven.templates;

import io.dvmaven.model.vault.SpecRef;
import java.nio.file.Path;
import java.util.List;

/**
 * A rendered file too large to hold: its content is {@code header} followed by the bytes of {@code body}.
 *
 * @param path     path relative to the dbt project, forward slashes
 * @param header   the header lines, up to and including the checksum line's newline
 * @param body     a temporary file with the UTF-8 bytes that follow the header (a newline, then the body)
 * @param kind     what it is ({@code schema}, ...)
 * @param entities entities it is generated for, sorted
 * @param specs    specs it depends on, sorted
 */
public record SpilledFile(String path, String header, Path body, String kind, List<String> entities,
                          List<SpecRef> specs) implements Rendering {
}
