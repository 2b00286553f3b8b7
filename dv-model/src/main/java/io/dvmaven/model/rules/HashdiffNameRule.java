package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SqlColumnRef;
import io.dvmaven.model.project.SqlMetadata;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV007: hashdiff columns follow the hashdiff pattern ({@code {group}_hashdiff}); a satellite's hashdiff is the
 * one of its own group ({@code s_member_demographics_legacy_facets} uses {@code demographics_hashdiff}).
 * Hashdiffs are a satellite's {@code src_hashdiff} and a stage's {@code is_hashdiff} hashed columns.
 */
public final class HashdiffNameRule extends AbstractNamingRule {

    public HashdiffNameRule() {
        super("DV007", Severity.ERROR, "hashdiff columns follow the hashdiff pattern ({group}_hashdiff)",
                "rename the hashdiff in the stage's hashed_columns and in the satellite");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        for (ModelFile model : ctx.project().models()) {
            for (SqlColumnRef hashdiff : model.metadata().hashdiffs()) {
                if (!ctx.hashdiffPattern().matches(hashdiff.name())) {
                    out.accept(finding(ctx.columnLocation(model, hashdiff), "hashdiff column " + quote(hashdiff.name())
                                    + " of " + model.name() + " does not match " + ctx.hashdiffPattern(),
                            "rename it to " + ctx.hashdiffPattern() + " for its attribute group"));
                }
            }
            if (!ctx.callsVaultMacro(model)) {
                continue;
            }
            Optional<SatelliteName> satellite = ctx.kindOfName(model.name()).orElse(null) == ModelKind.SATELLITE
                    ? ctx.satelliteName(model.name()) : Optional.empty();
            for (SqlColumnRef hashdiff : model.metadata().parameter(SqlMetadata.SRC_HASHDIFF)) {
                String expected = satellite.map(s -> ctx.naming().hashdiffName(s.entity(), s.group())).orElse(null);
                if (expected != null && !expected.equals(hashdiff.name())) {
                    out.accept(finding(ctx.columnLocation(model, hashdiff), "hashdiff column " + quote(hashdiff.name())
                                    + " of " + model.name() + " should be " + quote(expected) + " (pattern "
                                    + ctx.hashdiffPattern() + ")",
                            "rename it to " + expected));
                } else if (expected == null && !ctx.hashdiffPattern().matches(hashdiff.name())) {
                    out.accept(finding(ctx.columnLocation(model, hashdiff), "hashdiff column " + quote(hashdiff.name())
                                    + " of " + model.name() + " does not match " + ctx.hashdiffPattern(),
                            "rename it to " + ctx.hashdiffPattern() + " for its attribute group"));
                }
            }
        }
    }
}
