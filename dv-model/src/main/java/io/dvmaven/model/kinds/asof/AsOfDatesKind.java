package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * As-of dates: the dates PIT and bridge tables are computed for, defined once per design in any entity document
 * ({@code as_of_dates}). The plugin generates a date spine, or refers to the user's own model.
 */
public final class AsOfDatesKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("asOfDateModel", "as_of_date", Set.of(), Set.of(),
            "the generated as-of-date model");
    /** The folder of every business vault model (as-of dates, PIT and bridge tables). */
    public static final NamingPattern FOLDER = new NamingPattern("businessVaultFolder", "business_vault", Set.of(),
            Set.of(), "folder of the as-of-date, PIT and bridge models under models/");

    @Override
    public String id() {
        return "as_of_dates";
    }

    @Override
    public String section() {
        return "as_of_dates";
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new AsOfDatesSection(document).read(top, entity);
    }

    /** The design's as-of dates, or {@code null} when no entity defines them. */
    public static AsOfDatesSpec find(Collection<EntitySpec> entities) {
        return entities.stream().flatMap(e -> e.part(AsOfDatesSpec.class).stream()).findFirst().orElse(null);
    }

    /** The model PIT and bridge tables read their as-of dates from. */
    public static String modelName(AsOfDatesSpec spec, NamingConventions naming) {
        return spec.generated() ? naming.name(MODEL, Map.of()) : spec.userModel().value();
    }

    @Override
    public void validate(DesignCheck design) {
        List<AsOfDatesSpec> all = new ArrayList<>();
        design.entities().forEach(e -> all.addAll(e.part(AsOfDatesSpec.class)));
        if (all.size() < 2) {
            return;
        }
        for (AsOfDatesSpec spec : all) {
            List<String> others = all.stream().filter(o -> o != spec).map(o -> o.location().toString()).toList();
            design.diagnostics().error(spec.location(), "spec.duplicate-name", "as_of_dates is defined more than "
                    + "once in the design (also at " + String.join(", ", others) + "); every PIT and bridge "
                    + "reads one set of as-of dates", "keep as_of_dates in one spec and remove the others");
        }
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (AsOfDatesSpec spec : entity.part(AsOfDatesSpec.class)) {
            if (spec.generated()) {
                design.model(modelName(spec, design.naming()), "as-of dates", spec.location());
            }
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        for (AsOfDatesSpec spec : entity.part(AsOfDatesSpec.class)) {
            vault.add(AsOfDates.class, new AsOfDates(modelName(spec, vault.naming()),
                    vault.naming().name(FOLDER, Map.of()), spec.generated(), spec.start(), spec.end(), spec.grain(),
                    VaultBuilder.ref(entity)));
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new AsOfModelRule());
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, FOLDER);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new AsOfDatesDiagram());
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        for (AsOfDatesSpec spec : entity.part(AsOfDatesSpec.class)) {
            canvas.table(modelName(spec, naming), DiagramCanvas.Style.BUSINESS,
                    List.of("timestamp " + AsOfDates.COLUMN + " PK"));
        }
    }
}
