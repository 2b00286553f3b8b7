package io.dvmaven.model.kinds.stage;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.StagingNameRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The staging layer: one source mapping per source system, one staging model per entity and source read. */
public final class StageKind implements Kind {

    @Override
    public String id() {
        return "stage";
    }

    @Override
    public String section() {
        return "source_mappings";
    }

    /** Source systems that get a staging model for the entity: every source some kind reads, sorted. */
    public static List<String> stageSources(EntitySpec entity) {
        Set<String> sources = new TreeSet<>();
        KindRegistry.sourceUses(entity).forEach(use -> use.sources().forEach(s -> sources.add(s.value())));
        sources.retainAll(entity.sourceMappings().keySet());
        return List.copyOf(sources);
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new SourceMappingSection(document).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        SourceReferences.check(entity, document.diagnostics());
    }

    @Override
    public void validate(DesignCheck design) {
        StageValidation.checkSchemas(design);
        StageValidation.checkStageColumns(design);
        design.entities().forEach(entity -> StagingChecks.check(entity, design.naming(), design.diagnostics()));
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        String name = entity.name().value();
        for (String source : stageSources(entity)) {
            design.model(design.naming().stagingModelName(name, source), "staging model of entity '" + name
                    + "' for source '" + source + "'", entity.sourceMappings().get(source).location());
        }
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        new StageResolver(vault).resolve(entity);
    }

    @Override
    public void complete(VaultBuilder vault) {
        new StageResolver(vault).complete();
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new StagingNameRule());
    }
}
