package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import java.util.function.Consumer;

/** DV014: a staging model's name fits the staging pattern ({@code stg_{entity}_{source}}). */
public final class StagingNameRule extends AbstractNamingRule {

    public StagingNameRule() {
        super("DV014", Severity.ERROR, "staging model names fit stg_{entity}_{source}",
                "rename the staging model after its entity and source");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        NamePattern pattern = ctx.modelPattern(ModelKind.STAGING);
        for (ModelFile model : ctx.modelsOfKind(ModelKind.STAGING)) {
            if (pattern.matches(model.name())) {
                continue;
            }
            String example = ctx.sourceOfFolder(model.folder())
                    .map(source -> ctx.naming().stagingModelName("{entity}", source)).orElse(pattern.pattern());
            out.accept(finding(model.fileLocation(), "staging model name " + quote(model.name()) + " does not fit "
                    + pattern, "rename it to " + example));
        }
    }
}
