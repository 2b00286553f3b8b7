package io.dvmaven.plugin.verify;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.plugin.dbt.DbtCheckReport;
import io.dvmaven.plugin.dbt.DbtRunResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each business rule was declared, so that dbt's errors and failures of a rule's test (named
 * {@code <entity>_<rule>__<model>}, or {@code <entity>_<rule>} for a singular test) point at the spec line that
 * declared the rule, not at the generated schema.yml or test file a person does not edit.
 */
final class BusinessRuleLocations {

    /** A rule as declared: its entity, name and the location of its entry in the spec. */
    record Declared(String entity, String rule, SourceLocation location) {
        String describe() {
            return "business rule '" + rule + "' of entity '" + entity + "' (declared at " + location + ")";
        }
    }

    private static final Pattern TEST_NAME = Pattern.compile("\\bin test ([A-Za-z0-9_]+)");
    private static final String FIX = "fix the rule's condition (or the columns it names) in the spec, then run "
            + "mvn dv:generate";

    private final Map<String, Declared> byTestName = new HashMap<>();

    private BusinessRuleLocations() {
    }

    static BusinessRuleLocations of(DesignResult design) {
        BusinessRuleLocations locations = new BusinessRuleLocations();
        for (EntitySpec entity : design.entities()) {
            if (entity.name() == null || entity.name().value() == null || entity.businessRules() == null) {
                continue;
            }
            for (BusinessRuleSpec rule : entity.businessRules()) {
                if (rule.name() != null && rule.name().value() != null && rule.location() != null) {
                    String entityName = entity.name().value();
                    locations.byTestName.put(entityName + "_" + rule.name().value(),
                            new Declared(entityName, rule.name().value(), rule.location()));
                }
            }
        }
        return locations;
    }

    /** The rule a dbt test of this name checks, if it is a business rule's test. */
    Optional<Declared> forTest(String testName) {
        int models = testName.indexOf("__");
        return Optional.ofNullable(byTestName.get(models < 0 ? testName : testName.substring(0, models)));
    }

    /** A dbt diagnostic about a business rule's test, moved to the rule's spec line; any other as it is. */
    Diagnostic relocate(Diagnostic diagnostic) {
        Matcher test = TEST_NAME.matcher(diagnostic.message());
        if (!test.find()) {
            return diagnostic;
        }
        return forTest(test.group(1)).map(rule -> new Diagnostic(rule.location(), diagnostic.severity(),
                diagnostic.code(), diagnostic.message() + " [" + rule.describe() + "; generated into "
                + diagnostic.location().file() + "]", FIX)).orElse(diagnostic);
    }

    /** The report with every diagnostic about a business rule's test relocated. */
    DbtCheckReport relocate(DbtCheckReport report) {
        if (byTestName.isEmpty()) {
            return report;
        }
        List<Diagnostic> relocated = new ArrayList<>();
        report.result().diagnostics().forEach(d -> relocated.add(relocate(d)));
        DbtRunResult result = report.result();
        return new DbtCheckReport(report.dbt(), new DbtRunResult(result.process(), relocated, result.nodes(),
                result.summary()), report.embedded(), report.offlinePackages(), report.depsRan(),
                report.automateDv(), report.modelRowCounts());
    }
}
