package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * DV005: hash key columns follow the hash key patterns ({@code {entity}_hk}, {@code {link}_hk}: end with
 * {@code _hk}). Hash keys are the {@code src_pk}/{@code src_fk} columns of AutomateDV vault macros (hubs,
 * links, satellites, ...) and the non-hashdiff {@code hashed_columns} of stages. A satellite keyed by a reference
 * table's code has no hash key: its code is not one.
 */
public final class HashKeySuffixRule extends AbstractNamingRule {

    public HashKeySuffixRule() {
        super("DV005", Severity.ERROR, "hash key columns end with the hash key suffix (_hk)",
                "rename the hash key in the stage's hashed_columns and in every model that uses it");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            List<SqlColumnRef> keys = new ArrayList<>(model.metadata().hashKeys());
            if (ctx.callsVaultMacro(model) && !ctx.keyedByReferenceCode(model)) {
                keys.addAll(model.metadata().parameter(SqlMetadata.SRC_PK));
                keys.addAll(model.metadata().parameter(SqlMetadata.SRC_FK));
            }
            for (SqlColumnRef key : keys) {
                if (ctx.hubHashKeyPattern().matches(key.name()) || ctx.linkHashKeyPattern().matches(key.name())) {
                    continue;
                }
                out.accept(finding(ctx.columnLocation(model, key),
                        "hash key column " + quote(key.name()) + " of " + model.name() + " does not match "
                                + ctx.hubHashKeyPattern() + " or " + ctx.linkHashKeyPattern(),
                        "rename it to " + suggestion(ctx, model, key)));
            }
        }
    }

    private static String suggestion(RuleContext ctx, ModelFile model, SqlColumnRef key) {
        boolean isPk = model.metadata().parameter(SqlMetadata.SRC_PK).contains(key);
        if (isPk) {
            ModelKind kind = ctx.kindOfName(model.name()).orElse(null);
            if (kind == ModelKind.HUB) {
                return ctx.hubEntity(model.name()).map(ctx.naming()::hubHashKeyName).orElse(generic(ctx));
            }
            if (kind == ModelKind.LINK) {
                return ctx.linkName(model.name()).map(ctx.naming()::linkHashKeyName).orElse(generic(ctx));
            }
            if (kind == ModelKind.SATELLITE) {
                return ctx.satelliteName(model.name()).map(s -> ctx.naming().hubHashKeyName(s.entity()))
                        .orElse(generic(ctx));
            }
        }
        return generic(ctx);
    }

    private static String generic(RuleContext ctx) {
        return ctx.hubHashKeyPattern() + " (a hub's key) or " + ctx.linkHashKeyPattern() + " (a link's key)";
    }
}
