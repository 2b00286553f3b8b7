package io.dvmaven.model.mermaid;

import java.util.List;

/**
 * Where a structure kind draws its tables into the vault diagram ({@code Kind.draw}); the writer owns layout,
 * ordering and styling, so that every kind's nodes look alike.
 */
public interface DiagramCanvas {

    /** Colour classes a table may use; each is defined in the diagram once it is used. */
    enum Style { HUB, LINK, SATELLITE, REFERENCE, BUSINESS }

    /**
     * Draws one table.
     *
     * @param columns Mermaid attribute lines without indentation ({@code binary customer_hk FK}); the writer
     *                appends the record source and load timestamp columns
     */
    void table(String name, Style style, List<String> columns);

    /** Draws a one-to-many relationship from {@code parent} to {@code child}, labelled. */
    void relationship(String parent, String child, String label);
}
