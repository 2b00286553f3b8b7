package io.dvmaven.model.resolve;

import io.dvmaven.model.Decision;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.KindRegistry;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.BusinessRuleSpec;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.model.vault.Vault;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a validated design into the {@link Vault}: every model and column named by the naming conventions,
 * every default recorded as a {@link Decision}. Each kind resolves its own objects ({@link Kind#resolve});
 * this class resolves the business rules. Call only when validation found no error.
 */
public final class VaultResolver {

    private VaultResolver() {
    }

    public static Vault resolve(List<EntitySpec> entities, NamingConventions naming, List<Decision> decisions) {
        Map<String, EntitySpec> byName = new TreeMap<>();
        entities.forEach(e -> byName.putIfAbsent(e.name().value(), e));
        VaultBuilder vault = new VaultBuilder(byName, naming, decisions);
        for (EntitySpec spec : byName.values()) {
            for (Kind kind : KindRegistry.all()) {
                kind.resolve(spec, vault);
            }
            for (BusinessRuleSpec rule : spec.businessRules()) {
                vault.rules().add(rule(naming, spec, rule));
            }
        }
        KindRegistry.all().forEach(kind -> kind.complete(vault));
        return vault.build();
    }

    private static BusinessRule rule(NamingConventions naming, EntitySpec spec, BusinessRuleSpec rule) {
        String name = spec.name().value();
        List<String> models;
        if (rule.satellite() == null) {
            models = List.of(naming.hubModelName(name));
        } else {
            models = spec.satellites().stream().filter(s -> s.name().value().equals(rule.satellite().value()))
                    .flatMap(s -> s.sources().stream()
                            .map(source -> naming.satelliteModelName(name, s.name().value(), source.value())))
                    .sorted().distinct().toList();
        }
        return new BusinessRule(rule.name().value(), name, rule.description(), models, rule.condition(),
                rule.severity() == null ? "error" : rule.severity(), VaultBuilder.ref(spec));
    }
}
