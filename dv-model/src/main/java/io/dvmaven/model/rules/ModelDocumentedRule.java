package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaModel;
import java.util.Optional;
import java.util.function.Consumer;

/** DV010: every model has an entry with a description in a schema file. */
public final class ModelDocumentedRule extends AbstractNamingRule {

    public ModelDocumentedRule() {
        super("DV010", Severity.WARNING, "every model is documented in a schema file, with a description",
                "add the model to a properties file next to it (<model>.yml), with a description");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            Optional<SchemaModel> schema = ctx.project().schemaModel(model.name());
            String folder = model.path().substring(0, model.path().lastIndexOf('/') + 1);
            if (schema.isEmpty()) {
                out.accept(finding(model.fileLocation(), "model " + quote(model.name())
                                + " is not documented in any schema file",
                        "add '- name: " + model.name() + "' with a description to " + folder + model.name() + ".yml"));
            } else if (!schema.get().hasDescription()) {
                out.accept(finding(schema.get().location(), "model " + quote(model.name()) + " has no description",
                        "add 'description: ...' to its entry"));
            }
        }
    }
}
