package io.dvmaven.model.rules;

/** The Data Vault object a model is, by its name prefix or its folder. */
public enum ModelKind {
    STAGING("staging model"),
    HUB("hub"),
    LINK("link"),
    SATELLITE("satellite");

    private final String label;

    ModelKind(String label) {
        this.label = label;
    }

    /** How messages name it: "hub", "staging model". */
    public String label() {
        return label;
    }
}
