package io.dvmaven.model.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A generated file that no longer matches the specs.
 *
 * @param path   path relative to the dbt project
 * @param kind   what is wrong
 * @param detail one sentence for people, may be empty
 */
public record DriftEntry(String path, Kind kind, String detail) implements Comparable<DriftEntry> {

    /** STALE and MISSING fail verify (run dv:generate); EDITED is reported (a generated file changed by hand). */
    public enum Kind {
        STALE,
        EDITED,
        MISSING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public boolean fails() {
            return this != EDITED;
        }
    }

    public DriftEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    @Override
    public int compareTo(DriftEntry other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : kind.compareTo(other.kind);
    }
}
