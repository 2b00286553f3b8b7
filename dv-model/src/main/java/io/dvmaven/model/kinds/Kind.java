package io.dvmaven.model.kinds;

import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;
import java.util.Optional;

/**
 * One Data Vault structure kind (hub, link, satellite, the staging layer, ...): everything the model knows about
 * it, from reading its spec section to its naming rules. The engine ({@code SpecParser}, {@code DesignValidator},
 * {@code VaultResolver}, {@code DiagramSpecs}) knows kinds only through this interface and {@link KindRegistry}.
 */
public interface Kind {

    /** Short stable id: {@code hub}, {@code link}, {@code sat}, {@code stage}. */
    String id();

    /** The top-level key of its spec section ({@code hub}, {@code links}, ...). */
    String section();

    /**
     * Reads its section of one YAML/JSON entity document into {@code entity}, reporting every problem with its
     * location. Kinds registered earlier have been read already.
     */
    void read(SpecDocument document, SpecDocument.Section top, EntityParts entity);

    /** Checks inside one document once every section is read (references between sections); the entity has a name. */
    default void check(SpecDocument document, EntitySpec entity) {
    }

    /** The source systems its objects of {@code entity} read, one entry per object. */
    default List<SourceUse> sourceUses(EntitySpec entity) {
        return List.of();
    }

    /** Checks that need the whole design (duplicates and references across files). */
    default void validate(DesignCheck design) {
    }

    /** Declares the models it generates for {@code entity}, so that two objects never get one model name. */
    default void declareModels(EntitySpec entity, DesignCheck design) {
    }

    /** Adds its resolved objects of {@code entity} to the vault being built. */
    void resolve(EntitySpec entity, VaultBuilder vault);

    /** Adds what needs every entity resolved first (a hub collects the sources of every entity's links). */
    default void complete(VaultBuilder vault) {
    }

    /**
     * The name patterns it declares for its models, columns and folders beyond the built-in ones of
     * {@code NamingConventions}; users override them in the {@code <naming>} block by name.
     */
    default List<NamingPattern> namingPatterns() {
        return List.of();
    }

    /**
     * Draws its tables of {@code entity} into the vault diagram ({@code dv:diagram}). The hub, link and satellite
     * are drawn by the diagram writer itself, which reads them back; further kinds draw here and are read back
     * from their {@link #diagram()} directives.
     */
    default void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
    }

    /**
     * How it is declared in a Mermaid erDiagram ({@code %% dv:} directives written by {@code dv:diagram} and read
     * back); empty for the hub, link and satellite, which the diagram reader knows by their tables.
     */
    default Optional<KindDiagram> diagram() {
        return Optional.empty();
    }

    /** Its verify rules (naming and layout of the generated dbt models). */
    default List<NamingRule> rules() {
        return List.of();
    }
}
