package io.dvmaven.model.kinds.xts;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.MacroModelNameRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extended tracking satellite ({@code automate_dv.xts}): records every arrival of a tracked satellite's
 * payload (key, hashdiff, satellite, load time), including the ones its satellite does not store.
 */
public final class ExtendedTrackingKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("extendedTrackingModel", "xts_{entity}_{source}",
            Set.of("entity", "source"), Set.of("entity", "source"), "extended tracking satellite model name");
    public static final NamingPattern FOLDER = new NamingPattern("extendedTrackingFolder", "integration/satellites",
            Set.of(), Set.of(), "folder of extended tracking satellites under models/");
    public static final NamingPattern NAME_COLUMN = new NamingPattern("extendedTrackingNameColumn",
            "{group}_satellite_name", Set.of("entity", "group"), Set.of("group"),
            "stage column holding the satellite name a tracked group is recorded under");

    @Override
    public String id() {
        return "xts";
    }

    @Override
    public String section() {
        return ExtendedTrackingSection.SECTION;
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        ExtendedTrackingSection.read(document, top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        ExtendedTrackingSection.checkGroups(document, entity);
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        String name = entity.name().value();
        for (ExtendedTrackingSpec tracking : entity.part(ExtendedTrackingSpec.class)) {
            for (String source : ExtendedTrackingResolver.sources(entity, tracking)) {
                design.model(modelName(design.naming(), name, source), "extended tracking satellite of entity '"
                        + name + "' for source '" + source + "'", tracking.location());
            }
        }
    }

    static String modelName(NamingConventions naming, String entity, String source) {
        return naming.name(MODEL, Map.of("entity", entity, "source", source));
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        ExtendedTrackingResolver.resolve(entity, vault);
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, FOLDER, NAME_COLUMN);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new ExtendedTrackingDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        String name = entity.name().value();
        for (ExtendedTrackingSpec tracking : entity.part(ExtendedTrackingSpec.class)) {
            for (String source : ExtendedTrackingResolver.sources(entity, tracking)) {
                String table = modelName(naming, name, source);
                canvas.table(table, DiagramCanvas.Style.SATELLITE, List.of("binary " + naming.hubHashKeyName(name)
                        + " FK", "binary hashdiff", "varchar satellite_name"));
                canvas.relationship(naming.hubModelName(name), table, "tracks");
            }
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new MacroModelNameRule("DV031", "xts", MODEL, "extended tracking satellite", true));
    }
}
