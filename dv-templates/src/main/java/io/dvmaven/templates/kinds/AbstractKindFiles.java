package io.dvmaven.templates.kinds;

import java.util.List;

/** A kind named once, with its templates: what each kind would otherwise repeat. */
public abstract class AbstractKindFiles implements KindFiles {

    private final String id;
    private final List<String> templates;

    protected AbstractKindFiles(String id, List<String> templates) {
        this.id = id;
        this.templates = List.copyOf(templates);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<String> templates() {
        return templates;
    }
}
