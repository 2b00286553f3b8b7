package io.dvmaven.model.mermaid;

import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.spec.EntitySpec;
import java.util.List;

/**
 * How a structure kind is declared in a Mermaid {@code erDiagram}: its {@code %% dv:} directives, written by
 * {@code dv:diagram} and read back into the kind's spec records, so that spec -> diagram -> spec gives the same
 * design. The tables a kind draws ({@code Kind.draw}) are its picture; the directive is its declaration.
 */
public interface KindDiagram {

    /** The directives it owns; each is {@code %% dv:<keyword> <entity> [<name>] options}. */
    List<DirectiveShape> shapes();

    /** Its directives for the objects of {@code entity}, in the order the spec lists them. */
    List<DirectiveLine> write(EntitySpec entity);

    /**
     * Reads its directives for one entity (already checked against {@link #shapes()}, in file order) into the
     * entity's section records, reporting malformed values at their location.
     */
    void read(List<KindDirective> directives, EntityParts entity);
}
