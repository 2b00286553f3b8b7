package io.dvmaven.model.kinds.masat;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.SourceUse;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.MacroModelNameRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The multi-active satellite ({@code automate_dv.ma_sat}): an attribute group with several rows per key at once,
 * told apart by dependent child keys; AutomateDV stores the whole set again when any row of it changes.
 */
public final class MultiActiveSatelliteKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("multiActiveSatelliteModel",
            "ma_s_{entity}_{group}_{source}", Set.of("entity", "group", "source"), Set.of("entity", "group", "source"),
            "multi-active satellite model name");
    public static final NamingPattern FOLDER = new NamingPattern("multiActiveSatelliteFolder",
            "integration/satellites", Set.of(), Set.of(), "folder of multi-active satellites under models/");

    @Override
    public String id() {
        return "ma_sat";
    }

    @Override
    public String section() {
        return MultiActiveSatelliteSection.SECTION;
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new MultiActiveSatelliteSection(document).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        MultiActiveSatelliteSection.checkGroupNames(document, entity);
    }

    @Override
    public List<SourceUse> sourceUses(EntitySpec entity) {
        return entity.part(MultiActiveSatelliteSpec.class).stream()
                .map(s -> new SourceUse("multi-active satellite '" + s.name().value() + "'", s.sources())).toList();
    }

    @Override
    public void validate(DesignCheck design) {
        MultiActiveSatelliteValidation.checkColumns(design);
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        String name = entity.name().value();
        for (MultiActiveSatelliteSpec satellite : entity.part(MultiActiveSatelliteSpec.class)) {
            for (Ident source : satellite.sources()) {
                design.model(modelName(design.naming(), name, satellite, source.value()), "multi-active satellite '"
                        + satellite.name().value() + "' of entity '" + name + "' for source '" + source.value() + "'",
                        satellite.name().location());
            }
        }
    }

    /** The model name of {@code satellite} for {@code source} (an extended tracking satellite names it too). */
    public static String modelName(NamingConventions naming, String entity, MultiActiveSatelliteSpec satellite,
                            String source) {
        return naming.name(MODEL, Map.of("entity", entity, "group", satellite.name().value(), "source", source));
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        MultiActiveSatelliteResolver.resolve(entity, vault);
    }

    @Override
    public void complete(VaultBuilder vault) {
        MultiActiveSatelliteResolver.addRawColumns(vault);
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, FOLDER);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new MultiActiveSatelliteDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        String name = entity.name().value();
        for (MultiActiveSatelliteSpec satellite : entity.part(MultiActiveSatelliteSpec.class)) {
            for (Ident source : satellite.sources()) {
                List<String> columns = new ArrayList<>();
                columns.add("binary " + naming.hubHashKeyName(name) + " FK");
                satellite.childKeys().forEach(k -> columns.add("varchar " + k.name().value() + " \"child key\""));
                columns.add("binary " + naming.hashdiffName(name, satellite.name().value()));
                satellite.attributes().stream().map(AttributeSpec::name)
                        .forEach(a -> columns.add("varchar " + a.value()));
                String table = modelName(naming, name, satellite, source.value());
                canvas.table(table, DiagramCanvas.Style.SATELLITE, columns);
                canvas.relationship(naming.hubModelName(name), table, "has several at once");
            }
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new MacroModelNameRule("DV030", "ma_sat", MODEL, "multi-active satellite", true));
    }
}
