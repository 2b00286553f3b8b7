package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.SchemaColumn;
import io.dvmaven.model.project.SchemaFile;
import io.dvmaven.model.project.SchemaModel;
import java.util.function.Consumer;

/** DV003: column names declared in schema files are lower snake_case. */
public final class ColumnNameCaseRule extends AbstractNamingRule {

    public ColumnNameCaseRule() {
        super("DV003", Severity.ERROR, "column names are lower snake_case",
                "rename the column to lower snake_case in the model and its schema file");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (SchemaFile file : ctx.project().schemaFiles()) {
            for (SchemaModel model : file.models()) {
                for (SchemaColumn column : model.columns()) {
                    if (!isLowerSnake(column.name())) {
                        out.accept(finding(column.location(), "column " + quote(column.name()) + " of "
                                        + model.name() + " is not lower snake_case",
                                "rename it to " + toLowerSnake(column.name())));
                    }
                }
            }
        }
    }
}
