package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import java.util.List;
import java.util.function.Consumer;

/**
 * DV006: business key columns follow the business key patterns ({@code {entity}_bk}, or
 * {@code {entity}_{key}_bk} per part of a composite key). Business keys are the {@code src_nk} columns of hubs.
 */
public final class BusinessKeySuffixRule extends AbstractNamingRule {

    public BusinessKeySuffixRule() {
        super("DV006", Severity.ERROR, "business key columns end with the business key suffix (_bk)",
                "rename the business key in the stage's derived_columns and in the hub");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            if (!ctx.callsVaultMacro(model)) {
                continue;
            }
            List<SqlColumnRef> keys = model.metadata().parameter(SqlMetadata.SRC_NK);
            for (SqlColumnRef key : keys) {
                if (ctx.businessKeyPattern().matches(key.name())
                        || (keys.size() > 1 && ctx.compositeBusinessKeyPattern().matches(key.name()))) {
                    continue;
                }
                String expected = keys.size() == 1
                        ? ctx.hubEntity(model.name()).map(e -> ctx.naming().businessKeyColumns(e, List.of(e)).get(0))
                                .orElse(ctx.businessKeyPattern().pattern())
                        : ctx.compositeBusinessKeyPattern().pattern();
                out.accept(finding(ctx.columnLocation(model, key),
                        "business key column " + quote(key.name()) + " of " + model.name() + " does not match "
                                + (keys.size() == 1 ? ctx.businessKeyPattern() : ctx.compositeBusinessKeyPattern()),
                        "rename it to " + expected));
            }
        }
    }
}
