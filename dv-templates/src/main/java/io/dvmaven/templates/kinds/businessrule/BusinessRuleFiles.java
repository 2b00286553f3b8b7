package io.dvmaven.templates.kinds.businessrule;

import io.dvmaven.templates.DbtText;

import static io.dvmaven.templates.ColumnDocs.MODEL_TEST_INDENT;
import static io.dvmaven.templates.ColumnDocs.orElse;

import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.templates.SchemaDocs;
import io.dvmaven.templates.Views;
import io.dvmaven.templates.Views.TestDoc;
import io.dvmaven.templates.YamlText;
import io.dvmaven.templates.kinds.AbstractKindFiles;
import io.dvmaven.templates.kinds.KindContext;
import io.dvmaven.templates.kinds.KindOutput;
import java.util.List;

/**
 * Business rules: a rule with a condition becomes a {@code dv_expression_is_true} test on each model it names (in
 * that model's properties file); a rule without one becomes a disabled singular test, written once for a person
 * to complete and theirs from then on.
 */
public final class BusinessRuleFiles extends AbstractKindFiles {

    static final String TEMPLATE = "business_rule_test.sql.mustache";

    public BusinessRuleFiles() {
        super("test", List.of(TEMPLATE));
    }

    @Override
    public void addFiles(KindContext context, KindOutput out) {
        SchemaDocs docs = out.schemaDocs();
        for (BusinessRule rule : context.vault().businessRules()) {
            String severity = rule.severity() == null ? "error" : rule.severity();
            if (rule.isTemplate()) {
                List<String> models = rule.models();
                out.userFile("tests/business_rules/" + rule.entity() + "_" + rule.name() + ".sql", id(), TEMPLATE,
                        () -> new RuleTemplateView(rule.name(), rule.entity(),
                                DbtText.sqlLineComment(orElse(rule.description(), rule.name())), severity,
                                Views.items(models), models.get(0)),
                        List.of(rule.entity()), List.of(rule.spec()));
                continue;
            }
            for (String model : rule.models()) {
                if (!docs.hasModel(model)) {
                    throw new IllegalStateException("business rule " + rule.name() + " names model " + model
                            + ", which the vault does not have");
                }
                docs.addModelTest(model, expressionTest(rule, model, severity), rule.spec());
            }
        }
    }

    private static TestDoc expressionTest(BusinessRule rule, String model, String severity) {
        String ind = MODEL_TEST_INDENT;
        return new TestDoc("dv_expression_is_true:\n" + ind + "name: " + rule.entity() + "_" + rule.name() + "__"
                + model + "\n" + ind + "description: " + YamlText.quote(orElse(rule.description(), rule.name()))
                + "\n" + ind + "arguments:\n" + ind + "  expression: " + YamlText.quote(rule.condition()) + "\n" + ind + "config:\n" + ind
                + "  severity: " + severity);
    }
}
