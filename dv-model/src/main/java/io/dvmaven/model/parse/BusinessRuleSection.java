package io.dvmaven.model.parse;

import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code business_rules} section of a YAML/JSON entity document and checks the satellites it names. */
final class BusinessRuleSection {

    private static final List<String> RULE_KEYS =
            List.of("name", "description", "satellite", "condition", "severity");

    private final SpecDocument doc;

    BusinessRuleSection(SpecDocument doc) {
        this.doc = doc;
    }

    List<BusinessRuleSpec> parseRules(SpecDocument.Section top) {
        List<BusinessRuleSpec> rules = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (SpecDocument.Entry entry : doc.namedEntries(top, "business_rules", "business rule", RULE_KEYS,
                "business_rules: [{name: ..., condition: ...}]", "- {name: ..., condition: ...}",
                "business rule name", "<rule name>")) {
            SpecDocument.Section section = entry.section();
            SourceLocation location = entry.location();
            Ident name = entry.name();
            String where = entry.where();
            if (name != null && doc.duplicate(seen, name, "business rule '" + name.value()
                    + "' is defined twice in this entity", "rename one of the two rules")) {
                name = null;
            }
            String description = doc.optionalText(section, "description");
            Ident satellite = null;
            Node satelliteNode = section.value("satellite");
            if (satelliteNode != null) {
                satellite = doc.nameValue(satelliteNode, null, "'satellite' of " + where, "satellite: <attribute group>");
            }
            String condition = doc.optionalText(section, "condition");
            String severity = null;
            Node severityNode = section.value("severity");
            if (severityNode != null) {
                severity = doc.scalarText(severityNode, "'severity' of " + where, "severity: error");
                if (severity != null && !severity.equals("error") && !severity.equals("warn")) {
                    doc.diagnostics().error(doc.at(severityNode), "spec.severity", "severity '" + severity + "' of " + where
                            + " is not error or warn", "use severity: error or severity: warn");
                    severity = null;
                }
            }
            if (name != null) {
                rules.add(new BusinessRuleSpec(location, name, description, satellite, condition,
                        severity == null ? "error" : severity));
            }
        }
        return rules;
    }

    void checkRuleTargets(EntitySpec entity) {
        List<BusinessRuleSpec> rules = entity.businessRules();
        List<String> groups = entity.satellites().stream().map(s -> s.name().value()).toList();
        for (BusinessRuleSpec rule : rules) {
            if (rule.satellite() != null && !groups.contains(rule.satellite().value())) {
                doc.diagnostics().error(rule.satellite().location(), "spec.unknown-satellite", "business rule '"
                        + rule.name().value() + "' refers to unknown satellite '" + rule.satellite().value() + "'",
                        Names.closest(rule.satellite().value(), groups).map(s -> "did you mean '" + s + "'?")
                        .orElse(groups.isEmpty() ? "remove satellite to test the rule on the hub"
                                : "use one of: " + String.join(", ", groups)));
            }
        }
    }
}
