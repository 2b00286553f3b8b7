package io.dvmaven.model.spec;

import io.dvmaven.model.SourceLocation;
import java.io.Serializable;

/** A name written in a spec, with where it was written. */
public record Ident(String value, SourceLocation location) implements Serializable {

    @Override
    public String toString() {
        return value;
    }
}
