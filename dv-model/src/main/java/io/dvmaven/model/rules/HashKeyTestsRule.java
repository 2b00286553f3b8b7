package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaColumn;
import io.dvmaven.model.project.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV011: the hash key of every hub and link is tested {@code unique} and {@code not_null}; a satellite's hash key
 * is tested {@code not_null} (it repeats once per change, so it is not unique on its own). Package variants
 * ending in {@code _unique}/{@code _not_null} count.
 */
public final class HashKeyTestsRule extends AbstractNamingRule {

    public HashKeyTestsRule() {
        super("DV011", Severity.ERROR, "hub and link hash keys are tested unique and not_null; satellite hash keys not_null",
                "add the missing tests to the hash key column in the model's schema file");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            ModelKind kind = ctx.kindOfName(model.name()).orElse(ModelKind.STAGING);
            if (kind == ModelKind.STAGING) {
                continue;
            }
            Optional<String> hashKey = ctx.primaryHashKey(model);
            Optional<SchemaModel> schema = ctx.project().schemaModel(model.name());
            if (hashKey.isEmpty() || schema.isEmpty()) {
                continue; // DV010 reports a model without schema entry
            }
            List<String> required = kind == ModelKind.SATELLITE ? List.of("not_null") : List.of("unique", "not_null");
            Optional<SchemaColumn> column = schema.get().column(hashKey.get());
            List<String> missing = new ArrayList<>();
            for (String test : required) {
                if (column.map(c -> !c.hasTest(test)).orElse(true)) {
                    missing.add(test);
                }
            }
            if (!missing.isEmpty()) {
                out.accept(finding(column.map(SchemaColumn::location).orElse(schema.get().location()),
                        "hash key " + quote(hashKey.get()) + " of " + kind.label() + " " + model.name()
                                + " is not tested " + String.join(" and ", missing),
                        "add " + String.join(" and ", missing) + " to the tests of column " + hashKey.get()));
            }
        }
    }
}
