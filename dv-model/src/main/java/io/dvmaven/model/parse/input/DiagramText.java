package io.dvmaven.model.parse.input;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.mermaid.ErDiagram;

/** The {@link UserText} checks for the text of an erDiagram: column comments, labels and directive values. */
public final class DiagramText {

    private DiagramText() {
    }

    public static void check(ErDiagram diagram, Diagnostics diagnostics) {
        for (ErDiagram.Table table : diagram.tables()) {
            for (ErDiagram.Column column : table.columns()) {
                check(column.comment(), "description", column.location(), diagnostics);
            }
        }
        for (ErDiagram.Relationship relationship : diagram.relationships()) {
            check(relationship.label(), "label", relationship.leftLocation(), diagnostics);
        }
        for (ErDiagram.Directive directive : diagram.directives()) {
            for (ErDiagram.Arg arg : directive.args()) {
                String key = arg.key() != null ? textKey(arg.key()) : "description".equals(directive.keyword())
                        ? "description" : "name";
                check(arg.value(), key, arg.valueLocation(), diagnostics);
            }
        }
    }

    /** {@code description.<attribute>} is a description; {@code derived.<column>.sql} is SQL. */
    private static String textKey(String option) {
        if (option.startsWith("description.")) {
            return "description";
        }
        return option.substring(option.lastIndexOf('.') + 1);
    }

    private static void check(String text, String key, SourceLocation at, Diagnostics diagnostics) {
        if (text == null) {
            return;
        }
        UserText.problem(text, key).ifPresent(p -> diagnostics.error(at, p.code(), p.message(), p.fix()));
    }
}
