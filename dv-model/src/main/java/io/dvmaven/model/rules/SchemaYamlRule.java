package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.DbtProjectScanner;
import java.util.function.Consumer;

/**
 * DV013: every schema file under the model folders is valid YAML with well-formed model entries; the other rules
 * cannot see into a file that does not parse.
 */
public final class SchemaYamlRule extends AbstractNamingRule {

    public SchemaYamlRule() {
        super(DbtProjectScanner.YAML_PROBLEM_CODE, Severity.ERROR, "schema files are valid YAML",
                "correct the YAML at the reported position");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        ctx.project().problems().forEach(problem ->
                out.accept(finding(problem.location(), problem.message(), problem.fix())));
    }
}
