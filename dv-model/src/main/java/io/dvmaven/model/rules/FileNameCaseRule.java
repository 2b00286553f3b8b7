package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import java.util.function.Consumer;

/** DV002: model file names are lower snake_case (dbt relation names are case-sensitive on some warehouses). */
public final class FileNameCaseRule extends AbstractNamingRule {

    public FileNameCaseRule() {
        super("DV002", Severity.ERROR, "model file names are lower snake_case",
                "rename the file to lower snake_case (letters, digits, single underscores)");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            if (!isLowerSnake(model.name())) {
                out.accept(finding(model.fileLocation(),
                        "model file name " + quote(model.name() + ".sql") + " is not lower snake_case",
                        "rename it to " + toLowerSnake(model.name()) + ".sql"));
            }
        }
    }
}
