package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.spec.Ident;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a {@code columns} block of renames (vault name to raw column), shared by every kind that reads raw tables. */
public final class ColumnRenames {

    private ColumnRenames() {
    }

    /** The renames under {@code columns} of {@code mapping}, in file order; empty when there is none. */
    public static Map<String, Ident> read(SpecDocument doc, SpecDocument.Section mapping, String where) {
        Map<String, Ident> columns = new LinkedHashMap<>();
        Node columnsNode = mapping.value("columns");
        if (columnsNode == null) {
            return columns;
        }
        if (!(columnsNode instanceof MappingNode columnsMapping)) {
            doc.wrongType(columnsNode, "'columns' of " + where, "a mapping", "columns: {<attribute>: <source column>}");
            return columns;
        }
        SpecDocument.Section renames = doc.section(columnsMapping, "columns of " + where,
                mapping.keyLocation("columns"), null);
        renames.entries().forEach((attribute, tuple) -> {
            doc.checkName(new Ident(attribute, doc.at(tuple.getKeyNode())), "attribute");
            Ident column = doc.nameValue(tuple.getValueNode(), "source column",
                    "'" + attribute + "' in columns of " + where, attribute + ": <source column>");
            if (column != null) {
                columns.put(attribute, column);
            }
        });
        return columns;
    }
}
