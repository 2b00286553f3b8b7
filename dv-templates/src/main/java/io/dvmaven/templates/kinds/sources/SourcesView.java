package io.dvmaven.templates.kinds.sources;

import io.dvmaven.templates.Views.ColumnDoc;
import java.util.List;

/** {@code sources.yml.mustache}: one source system. */
public record SourcesView(String name, String description, String schema, List<TableDoc> tables) {

    public record TableDoc(String name, String description, List<ColumnDoc> columns) {
    }
}
