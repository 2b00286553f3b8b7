package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.RuleContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DV042: the as-of-date model a PIT or bridge reads ({@code as_of_dates_table}) is a model of the project, so that a
 * renamed or removed user calendar shows up before dbt runs.
 */
public final class AsOfModelRule implements NamingRule {

    private static final Pattern AS_OF = Pattern.compile("set\\s+as_of_dates_table\\s*=\\s*[\"'](\\w+)[\"']");

    @Override
    public String id() {
        return "DV042";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String title() {
        return "the as-of-date model of a PIT or bridge exists in the project";
    }

    @Override
    public String help() {
        return "add the as-of-date model, or name an existing one in as_of_dates: {model: ...}";
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            List<String> lines = model.lines();
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = AS_OF.matcher(lines.get(i));
                if (matcher.find() && !ctx.project().hasModel(matcher.group(1))) {
                    out.accept(new Diagnostic(model.location(i + 1, matcher.start(1) + 1), defaultSeverity(), id(),
                            "'" + model.name() + "' reads its as-of dates from '" + matcher.group(1)
                                    + "', which is not a model of the project", help()));
                }
            }
        }
    }
}
