package io.dvmaven.templates.kinds.businessrule;

import io.dvmaven.templates.Views.Item;
import java.util.List;

/** {@code business_rule_test.sql.mustache}: a disabled singular test a person completes. */
public record RuleTemplateView(String name, String entity, String description, String severity,
                               List<Item> models, String firstModel) {
}
