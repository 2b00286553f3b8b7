package io.dvmaven.templates.kinds.sources;

import java.util.List;

/** {@code sources.yml.mustache}: one source system; {@code database} is null unless the spec names one. */
public record SourcesView(String name, String description, String schema, List<TableDoc> tables, String database) {

    public record TableDoc(String name, String description, List<SourceColumn> columns) {
    }

    /** A raw column; {@code dataType} is null unless the spec declares one. */
    public record SourceColumn(String name, String description, String dataType) {
    }
}
