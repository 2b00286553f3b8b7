package io.dvmaven.model.kinds.pit;

import io.dvmaven.model.Decision;
import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.asof.AsOfDates;
import io.dvmaven.model.kinds.asof.AsOfDatesKind;
import io.dvmaven.model.kinds.asof.MacroModelNameRule;
import io.dvmaven.model.kinds.sat.SatelliteSpec;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.Names;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Point-in-time tables: per entity ({@code pits}), over its hub and chosen satellites, at the design's as-of dates. */
public final class PitKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("pitModel", "pit_{pit}", Set.of("pit", "entity"),
            Set.of("pit"), "PIT model name");

    /** The PITs of every entity, resolved once every as-of-date model is known. */
    private record Pending(List<Pit> pits) {
    }

    @Override
    public String id() {
        return "pit";
    }

    @Override
    public String section() {
        return "pits";
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new PitSection(document).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        List<String> groups = entity.satellites().stream().map(s -> s.name().value()).toList();
        for (PitSpec pit : entity.part(PitSpec.class)) {
            String where = "PIT '" + pit.name().value() + "'";
            if (groups.isEmpty()) {
                document.diagnostics().error(pit.name().location(), "spec.pit-satellites", where + " of entity '"
                        + entity.name().value() + "' has no satellites to point into",
                        "add satellites to the entity, or remove the PIT");
                continue;
            }
            if (pit.satellites().isEmpty()) {
                document.decisions().add(new Decision(entity.name().value() + " / " + pit.name().value(), where
                        + " points into every satellite of the entity (" + String.join(", ", groups)
                        + "); list satellites: [...] to choose", pit.location()));
            }
            for (Ident group : pit.satellites()) {
                if (!groups.contains(group.value())) {
                    document.diagnostics().error(group.location(), "spec.unknown-reference", "satellite '"
                            + group.value() + "' of " + where + " is not a satellite of entity '"
                            + entity.name().value() + "'", Names.closest(group.value(), groups)
                            .map(s -> "did you mean '" + s + "'?").orElse("use one of " + String.join(", ", groups)));
                }
            }
        }
    }

    @Override
    public void validate(DesignCheck design) {
        if (AsOfDatesKind.find(design.entities()) != null) {
            return;
        }
        design.entities().forEach(entity -> entity.part(PitSpec.class).forEach(pit ->
                design.diagnostics().error(pit.name().location(), "spec.as-of-dates-missing", "PIT '"
                        + pit.name().value() + "' needs as-of dates, and no spec of the design defines them",
                        "add as_of_dates: {start: <YYYY-MM-DD>, end: today, grain: day} to one spec")));
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (PitSpec pit : entity.part(PitSpec.class)) {
            design.model(modelName(design.naming(), entity, pit), "PIT '" + pit.name().value() + "'",
                    pit.name().location());
        }
    }

    static String modelName(NamingConventions naming, EntitySpec entity, PitSpec pit) {
        return naming.name(MODEL, Map.of("pit", pit.name().value(), "entity", entity.name().value()));
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        NamingConventions naming = vault.naming();
        String name = entity.name().value();
        for (PitSpec pit : entity.part(PitSpec.class)) {
            List<Pit.PitSatellite> satellites = new ArrayList<>();
            for (SatelliteSpec satellite : chosen(entity, pit)) {
                for (Ident source : satellite.sources()) {
                    String model = naming.satelliteModelName(name, satellite.name().value(), source.value());
                    satellites.add(new Pit.PitSatellite(model, naming.stagingModelName(name, source.value()),
                            model + "_hk", model + "_ldts"));
                }
            }
            vault.state(Pending.class, () -> new Pending(new ArrayList<>())).pits().add(new Pit(
                    modelName(naming, entity, pit), naming.name(AsOfDatesKind.FOLDER, Map.of()), pit.name().value(),
                    pit.description(), name, naming.hubModelName(name), naming.hubHashKeyName(name),
                    List.copyOf(satellites), null, VaultBuilder.ref(entity)));
        }
    }

    private static List<SatelliteSpec> chosen(EntitySpec entity, PitSpec pit) {
        if (pit.satellites().isEmpty()) {
            return entity.satellites();
        }
        List<String> names = pit.satellites().stream().map(Ident::value).toList();
        return names.stream().flatMap(n -> entity.satellites().stream().filter(s -> s.name().value().equals(n)))
                .toList();
    }

    @Override
    public void complete(VaultBuilder vault) {
        String asOf = vault.all(AsOfDates.class).stream().map(AsOfDates::model).findFirst().orElse(null);
        for (Pit pit : vault.state(Pending.class, () -> new Pending(new ArrayList<>())).pits()) {
            vault.add(Pit.class, new Pit(pit.model(), pit.folder(), pit.name(), pit.description(), pit.entity(),
                    pit.hubModel(), pit.hashKey(), pit.satellites(), asOf, pit.spec()));
        }
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new PitDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        String name = entity.name().value();
        String hashKey = naming.hubHashKeyName(name);
        for (PitSpec pit : entity.part(PitSpec.class)) {
            String model = modelName(naming, entity, pit);
            List<String> columns = new ArrayList<>(List.of("binary " + hashKey + " FK", "timestamp "
                    + AsOfDates.COLUMN));
            for (SatelliteSpec satellite : chosen(entity, pit)) {
                for (Ident source : satellite.sources()) {
                    String sat = naming.satelliteModelName(name, satellite.name().value(), source.value());
                    columns.add("binary " + sat + "_hk");
                    columns.add("timestamp " + sat + "_ldts");
                }
            }
            canvas.table(model, DiagramCanvas.Style.BUSINESS, columns);
            canvas.relationship(naming.hubModelName(name), model, "as of");
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new MacroModelNameRule("DV040", "PIT", "dv_pit", MODEL));
    }
}
