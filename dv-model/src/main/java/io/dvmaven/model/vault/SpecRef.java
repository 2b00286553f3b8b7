package io.dvmaven.model.vault;

/**
 * The spec file a generated object comes from.
 *
 * @param file   path relative to the dbt project, forward slashes
 * @param sha256 SHA-256 of the spec file's bytes, lower-case hex (64 characters)
 */
public record SpecRef(String file, String sha256) implements Comparable<SpecRef> {

    /** The first 12 hex digits, as shown in file headers. */
    public String shortHash() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    @Override
    public int compareTo(SpecRef other) {
        return file.compareTo(other.file);
    }
}
