package io.dvmaven.model.mermaid;

import io.dvmaven.model.SourceLocation;
import java.util.List;

/**
 * One Mermaid {@code erDiagram} as written, before any Data Vault meaning is given to it. Locations point into
 * the file the diagram was read from (for a Markdown file, the lines of the Markdown file).
 *
 * @param file          spec path relative to the project ({@code specs/member.mmd})
 * @param sha256        SHA-256 of the whole file's bytes
 * @param location      where {@code erDiagram} is
 * @param tables        entity blocks and bare entity lines, in file order
 * @param relationships relationship lines, in file order
 * @param directives    {@code %% dv:} directive comments, in file order
 */
public record ErDiagram(String file, String sha256, SourceLocation location, List<Table> tables,
                        List<Relationship> relationships, List<Directive> directives) {

    /**
     * A Mermaid entity: {@code name { ... }} or a bare {@code name} line.
     *
     * @param clean false when a line of the entity could not be read (reported), so that its missing
     *              columns are not reported again
     */
    public record Table(String name, SourceLocation location, List<Column> columns, boolean clean) {
    }

    /**
     * One attribute line: {@code type name [PK|FK|UK[, ...]] ["comment"]}.
     *
     * @param type     the type as written (ignored by the vault, which has no types)
     * @param name     column name
     * @param location where the column name is
     * @param keys     key markers as written, upper case
     * @param comment  the quoted comment without quotes, or {@code null}
     */
    public record Column(String type, String name, SourceLocation location, List<String> keys, String comment) {

        public boolean has(String key) {
            return keys.contains(key);
        }
    }

    /**
     * {@code left <cardinality> right : label}.
     *
     * @param left          left entity name
     * @param leftLocation  where it is
     * @param operator      the cardinality/line operator as written, e.g. {@code ||--o{}
     * @param right         right entity name
     * @param rightLocation where it is
     * @param label         label without quotes
     */
    public record Relationship(String left, SourceLocation leftLocation, String operator, String right,
                               SourceLocation rightLocation, String label) {
    }

    /**
     * A {@code %% dv:<keyword> args...} comment.
     *
     * @param keyword  the word after {@code dv:}
     * @param location where {@code dv:} is
     * @param args     positional arguments and {@code key=value} options, in order
     */
    public record Directive(String keyword, SourceLocation location, List<Arg> args) {
    }

    /**
     * One directive argument.
     *
     * @param key      option name for {@code key=value}, {@code null} for a positional argument
     * @param value    the value, quotes removed and escapes resolved
     * @param location where the argument starts
     * @param valueLocation where the value starts
     */
    public record Arg(String key, String value, SourceLocation location, SourceLocation valueLocation) {

        public boolean positional() {
            return key == null;
        }
    }
}
