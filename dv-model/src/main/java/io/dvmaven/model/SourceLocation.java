package io.dvmaven.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A position in a user file, 1-based line and column, with the file path as the user sees it
 * (relative to the dbt project directory, forward slashes, e.g. {@code specs/member.yml}).
 */
public record SourceLocation(String file, int line, int column) implements Serializable, Comparable<SourceLocation> {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** A location that names only the file (line and column unknown). */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
