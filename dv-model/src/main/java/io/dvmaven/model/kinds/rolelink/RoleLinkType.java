package io.dvmaven.model.kinds.rolelink;

import io.dvmaven.model.naming.NamingPattern;
import java.util.Set;

/** The two links of one hub with itself: same structure, their own section, name and meaning. */
public enum RoleLinkType {
    HIERARCHICAL("hierarchical_link", "hierarchical_links", "hierarchical link",
            new NamingPattern("hierarchicalLinkModel", "hal_{link}", Set.of("link"), Set.of("link"),
                    "hierarchical link model name"),
            new NamingPattern("hierarchicalLinkFolder", "integration/hierarchical_links", Set.of(), Set.of(),
                    "folder of hierarchical links"),
            "[parent, child]", "a hierarchy: the first role's key stands above the others'"),
    SAME_AS("same_as_link", "same_as_links", "same-as link",
            new NamingPattern("sameAsLinkModel", "sal_{link}", Set.of("link"), Set.of("link"),
                    "same-as link model name"),
            new NamingPattern("sameAsLinkFolder", "integration/same_as_links", Set.of(), Set.of(),
                    "folder of same-as links"),
            "[master, duplicate]", "that the keys of its roles are one and the same business object");

    private final String id;
    private final String section;
    private final String label;
    private final NamingPattern model;
    private final NamingPattern folder;
    private final String exampleRoles;
    private final String meaning;

    RoleLinkType(String id, String section, String label, NamingPattern model, NamingPattern folder,
                 String exampleRoles, String meaning) {
        this.id = id;
        this.section = section;
        this.label = label;
        this.model = model;
        this.folder = folder;
        this.exampleRoles = exampleRoles;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    public String section() {
        return section;
    }

    /** How messages name it ({@code hierarchical link}). */
    public String label() {
        return label;
    }

    public NamingPattern model() {
        return model;
    }

    public NamingPattern folder() {
        return folder;
    }

    String exampleRoles() {
        return exampleRoles;
    }

    /** What a row says about the entity, for documentation. */
    public String meaning() {
        return meaning;
    }
}
