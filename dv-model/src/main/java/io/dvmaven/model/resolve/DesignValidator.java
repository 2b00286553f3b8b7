package io.dvmaven.model.resolve;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that need the whole design: duplicate entities, names the conventions would generate twice, and each
 * kind's own cross-file checks ({@link Kind#validate}).
 */
public final class DesignValidator {

    private DesignValidator() {
    }

    /** @param entities parsed entities in spec-file order */
    public static void validate(List<EntitySpec> entities, NamingConventions naming, Diagnostics diagnostics) {
        Map<String, List<Ident>> definitions = new LinkedHashMap<>();
        Map<String, EntitySpec> byName = new LinkedHashMap<>();
        for (EntitySpec entity : entities) {
            definitions.computeIfAbsent(entity.name().value(), k -> new ArrayList<>()).add(entity.name());
            byName.putIfAbsent(entity.name().value(), entity);
        }
        DesignCheck design = new DesignCheck(entities, byName, naming, diagnostics);
        design.reportDuplicates(definitions, "entity", "rename one of them or merge the specs");
        KindRegistry.all().forEach(kind -> kind.validate(design));
        checkModelNames(design);
    }

    private static void checkModelNames(DesignCheck design) {
        for (EntitySpec entity : design.byName().values()) {
            KindRegistry.all().forEach(kind -> kind.declareModels(entity, design));
        }
        design.models().forEach((model, owners) -> {
            List<DesignCheck.Owner> distinct = distinctByWhat(owners);
            if (distinct.size() < 2) {
                return;
            }
            for (DesignCheck.Owner owner : distinct) {
                List<String> others = distinct.stream().filter(o -> o != owner)
                        .map(o -> o.what() + " at " + o.location()).toList();
                design.diagnostics().error(owner.location(), "spec.name-collision", "the " + owner.what()
                        + " would be generated as model '" + model + "', the same name as the "
                        + String.join(", ", others), "rename one of them so that every model name is unique");
            }
        });
    }

    private static List<DesignCheck.Owner> distinctByWhat(List<DesignCheck.Owner> owners) {
        Set<String> seen = new HashSet<>();
        return owners.stream().filter(o -> seen.add(o.what())).toList();
    }
}
