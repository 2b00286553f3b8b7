package io.dvmaven.model.kinds;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the whole-design checks of every kind share: the entities, the conventions and where findings go. */
public final class DesignCheck {

    private final List<EntitySpec> entities;
    private final Map<String, EntitySpec> byName;
    private final NamingConventions naming;
    private final Diagnostics diagnostics;
    private final Map<String, List<Owner>> models = new LinkedHashMap<>();

    /** One object that would be generated as a model. */
    public record Owner(String what, SourceLocation location) {
    }

    /**
     * @param entities parsed entities in spec-file order
     * @param byName   the first definition of each entity, by name
     */
    public DesignCheck(List<EntitySpec> entities, Map<String, EntitySpec> byName, NamingConventions naming,
                       Diagnostics diagnostics) {
        this.entities = entities;
        this.byName = byName;
        this.naming = naming;
        this.diagnostics = diagnostics;
    }

    public List<EntitySpec> entities() {
        return entities;
    }

    /** First definition of an entity, or {@code null}. */
    public EntitySpec entity(String name) {
        return byName.get(name);
    }

    public Map<String, EntitySpec> byName() {
        return byName;
    }

    public NamingConventions naming() {
        return naming;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Records that {@code what} would be generated as {@code model}. */
    public void model(String model, String what, SourceLocation location) {
        models.computeIfAbsent(model, k -> new ArrayList<>()).add(new Owner(what, location));
    }

    /** Declared models by name, in declaration order. */
    public Map<String, List<Owner>> models() {
        return models;
    }

    /** Reports every definition of a name defined more than once, naming the other places. */
    public void reportDuplicates(Map<String, List<Ident>> definitions, String kind, String fix) {
        definitions.forEach((name, idents) -> {
            if (idents.size() < 2) {
                return;
            }
            for (Ident ident : idents) {
                List<String> others = idents.stream().filter(other -> other != ident)
                        .map(other -> other.location().toString()).toList();
                diagnostics.error(ident.location(), "spec.duplicate-name", kind + " '" + name
                        + "' is defined more than once (also at " + String.join(", ", others) + ")", fix);
            }
        });
    }
}
