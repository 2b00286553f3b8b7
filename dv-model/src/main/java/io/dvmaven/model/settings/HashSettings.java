package io.dvmaven.model.settings;

import java.util.List;

/**
 * What AutomateDV hashes with: the dbt vars {@code hash}, {@code concat_string}, {@code null_placeholder_string}
 * and {@code hash_content_casing}. Changing any of them changes every hash value computed afterwards.
 *
 * @param algorithm       {@code md5} or {@code sha256}
 * @param concatString    separator between the columns of a multi-column hash
 * @param nullPlaceholder what a NULL column contributes to a multi-column hash (and to any hashdiff)
 * @param casing          {@code upper} (values are upper-cased before hashing) or {@code disabled}
 */
public record HashSettings(String algorithm, String concatString, String nullPlaceholder, String casing) {

    public static final List<String> ALGORITHMS = List.of("md5", "sha256");
    public static final List<String> CASINGS = List.of("upper", "disabled");

    /** AutomateDV's own defaults. */
    public static final HashSettings DEFAULTS = new HashSettings("md5", "||", "^^", "upper");

    /** The value of AutomateDV's {@code hash} var: {@code MD5}, or {@code SHA} (which is SHA-256 in AutomateDV). */
    public String automateDvHash() {
        return algorithm.equals("sha256") ? "SHA" : "MD5";
    }
}
