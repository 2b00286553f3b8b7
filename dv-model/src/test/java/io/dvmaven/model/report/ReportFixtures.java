package io.dvmaven.model.report;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.rules.CheckedModel;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleDescriptor;
import io.dvmaven.model.rules.RuleLevel;
import io.dvmaven.model.rules.RuleResult;
import java.util.List;
import java.util.Optional;

/** A small outcome with one of everything, and characters that need escaping. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static VerifyOutcome outcome() {
        List<RuleDescriptor> rules = List.of(
                new RuleDescriptor("DV001", "models carry the folder's <prefix>", "rename", Severity.ERROR, RuleLevel.ERROR),
                new RuleDescriptor("DV010", "models are documented", "document", Severity.WARNING, RuleLevel.OFF));
        List<CheckedModel> models = List.of(
                new CheckedModel("h_member", "models/integration/hubs/h_member.sql", true),
                new CheckedModel("hub_x", "models/integration/hubs/hub_x.sql", false));
        Finding finding = new Finding(new Diagnostic(new SourceLocation("models/integration/hubs/hub_x.sql", 1, 1),
                Severity.ERROR, "DV001", "hub 'hub_x' must start with \"h_\" & <not> hub_", "rename it | move it"),
                "hub_x", false);
        Finding suppressed = new Finding(new Diagnostic(new SourceLocation("models/integration/hubs/h_member.sql", 9, 19),
                Severity.ERROR, "DV001", "suppressed one", null), "h_member", true);
        RuleResult result = new RuleResult(rules, models, List.of(finding), List.of(suppressed));
        DbtRun dbt = new DbtRun("compile", List.of(
                new DbtNodeResult("model.member.l_member_coverage", "models/integration/links/l_member_coverage.sql",
                        "error", "Compilation Error in model l_member_coverage\n  'automate_dv' is undefined < & >", 0.25),
                new DbtNodeResult("model.member.h_member", "models/integration/hubs/h_member.sql", "success", "", 1.5)));
        return new VerifyOutcome("0.1.0-SNAPSHOT", result, false,
                List.of(new DriftEntry("models/integration/hubs/h_member.sql", DriftEntry.Kind.EDITED, "body changed")),
                Optional.of(dbt));
    }
}
