package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaColumn;
import io.dvmaven.model.project.SchemaModel;
import io.dvmaven.model.project.SchemaTest;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV012: every satellite has a {@code relationships} test to its hub ({@code to: ref('h_member')}), on any
 * column or on the model. When the satellite's hub cannot be told from its name (DV008), a test to any hub counts.
 */
public final class SatelliteHubRelationshipRule extends AbstractNamingRule {

    public SatelliteHubRelationshipRule() {
        super("DV012", Severity.ERROR, "every satellite has a relationships test to its hub",
                "add a relationships test from the satellite's hash key to its hub's hash key");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile satellite : ctx.modelsOfKind(ModelKind.SATELLITE)) {
            Optional<SchemaModel> schema = ctx.project().schemaModel(satellite.name());
            if (schema.isEmpty()) {
                continue; // DV010 reports a model without schema entry
            }
            Optional<String> hub = ctx.satelliteName(satellite.name()).filter(SatelliteName::hubExists)
                    .map(SatelliteName::hub);
            boolean tested = schema.get().allTests().filter(SchemaTest::isRelationships)
                    .flatMap(t -> t.referencedModel().stream())
                    .anyMatch(target -> hub.map(target::equals)
                            .orElse(ctx.kindOfName(target).orElse(null) == ModelKind.HUB));
            if (tested) {
                continue;
            }
            Optional<String> hashKey = ctx.primaryHashKey(satellite);
            Optional<SchemaColumn> column = hashKey.flatMap(schema.get()::column);
            String hubName = hub.orElse(ctx.naming().hubModel());
            String field = hub.flatMap(ctx::hubEntity).map(ctx.naming()::hubHashKeyName).orElse(hashKey.orElse("<hash key>"));
            out.accept(finding(column.map(SchemaColumn::location).orElse(schema.get().location()),
                    "satellite " + satellite.name() + " has no relationships test to its hub " + hubName,
                    "add to column " + hashKey.orElse("<hash key>") + ": relationships: {to: ref('" + hubName
                            + "'), field: " + field + "}"));
        }
    }
}
