package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaModel;
import io.dvmaven.model.project.SchemaTest;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV009: every hub a link joins exists. A link's hubs are read from what the link declares, not guessed from its
 * name (entity names contain underscores, so {@code l_member_coverage} does not split reliably): the targets of
 * its {@code relationships} tests ({@code to: ref('h_coverage')}), and the hubs whose hash key pattern its
 * {@code src_fk} columns fit ({@code coverage_hk} gives {@code h_coverage}). A link that declares neither is
 * reported too.
 */
public final class LinkHubsRule extends AbstractNamingRule {

    public LinkHubsRule() {
        super("DV009", Severity.ERROR, "every hub a link joins exists",
                "add the missing hub, or point the link's foreign hash keys and relationships tests at existing hubs");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile link : ctx.modelsOfKind(ModelKind.LINK)) {
            Map<String, SourceLocation> hubs = new LinkedHashMap<>();
            Optional<SchemaModel> schema = ctx.project().schemaModel(link.name());
            schema.ifPresent(s -> s.allTests().filter(SchemaTest::isRelationships)
                    .forEach(t -> t.referencedModel().ifPresent(target -> hubs.putIfAbsent(target, t.location()))));
            if (ctx.callsVaultMacro(link)) {
                for (SqlColumnRef fk : link.metadata().parameter(SqlMetadata.SRC_FK)) {
                    ctx.hubHashKeyPattern().splits(fk.name()).stream().map(s -> s.get("entity")).findFirst()
                            .map(ctx.naming()::hubModelName)
                            .ifPresent(hub -> hubs.putIfAbsent(hub, ctx.columnLocation(link, fk)));
                }
            }
            if (hubs.isEmpty()) {
                out.accept(finding(ctx.schemaLocation(link), "link " + quote(link.name())
                                + " names no hubs (no src_fk hash keys and no relationships tests)",
                        "add a relationships test from each foreign hash key to its hub"));
                continue;
            }
            hubs.forEach((hub, location) -> {
                if (!ctx.project().hasModel(hub)) {
                    out.accept(finding(location, "hub " + quote(hub) + " joined by link " + quote(link.name())
                            + " does not exist", "add the hub " + hub + ", or correct the link's reference"));
                }
            });
        }
    }
}
