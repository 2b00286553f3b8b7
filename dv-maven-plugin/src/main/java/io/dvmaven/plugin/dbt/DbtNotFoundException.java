package io.dvmaven.plugin.dbt;

import java.util.List;

/** No usable dbt executable was found; lists every place searched. */
public final class DbtNotFoundException extends DbtException {

    private final List<String> searched;

    public DbtNotFoundException(String message, List<String> searched, String fix) {
        super(message, fix);
        this.searched = List.copyOf(searched);
    }

    public List<String> searched() {
        return searched;
    }
}
