package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.project.ModelFile;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * DV008: a satellite's name fits the satellite pattern ({@code s_{entity}_{group}_{source}}), its hub
 * ({@code h_{entity}}) exists, and its source has a staging folder. Names split at any underscore, so the rule
 * picks the split whose hub exists.
 */
public final class SatelliteNameRule extends AbstractNamingRule {

    public SatelliteNameRule() {
        super("DV008", Severity.ERROR, "satellite names fit s_{entity}_{group}_{source} and their hub exists",
                "rename the satellite after its hub, attribute group and source, or add the missing hub");
    }

    @Override
    public void check(RuleContext ctx, Consumer<Diagnostic> out) {
        NamePattern pattern = ctx.modelPattern(ModelKind.SATELLITE);
        for (ModelFile model : ctx.modelsOfKind(ModelKind.SATELLITE)) {
            Optional<SatelliteName> name = ctx.satelliteName(model.name());
            if (name.isEmpty()) {
                out.accept(finding(model.fileLocation(), "satellite name " + quote(model.name())
                                + " does not fit " + pattern,
                        "rename it to " + pattern + " (hub entity, attribute group, source)"));
            } else if (!name.get().hubExists()) {
                out.accept(finding(model.fileLocation(), "hub " + quote(name.get().hub()) + " of satellite "
                                + quote(model.name()) + " does not exist",
                        "add the hub " + name.get().hub() + ", or rename the satellite after an existing hub"));
            } else if (!name.get().sourceKnown() && !ctx.knownSources().isEmpty()) {
                out.accept(finding(model.fileLocation(), "source " + quote(name.get().source()) + " of satellite "
                                + quote(model.name()) + " has no staging folder "
                                + ctx.naming().stagingFolderFor(name.get().source()),
                        "end the satellite name with its source, one of " + String.join(", ", ctx.knownSources().stream()
                                .sorted().toList())));
            }
        }
    }
}
