package io.dvmaven.generate;

import io.dvmaven.templates.Utf8Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** SHA-256 of generated text (as UTF-8) and of files on disk, read in blocks. */
final class Hashing {

    private Hashing() {
    }

    /** Hex SHA-256 of {@code text} encoded as UTF-8; the same as hashing {@code text.getBytes(UTF_8)}. */
    static String sha256(CharSequence text) {
        return Utf8Sha256.hex(text);
    }

    /** Hex SHA-256 of {@code prefix} as UTF-8 followed by the bytes of {@code file}, read in blocks. */
    static String sha256(String prefix, java.nio.file.Path file) throws java.io.IOException {
        MessageDigest digest = newDigest();
        digest.update(prefix.getBytes(StandardCharsets.UTF_8));
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Hex SHA-256 of the bytes of {@code file}, read in blocks. */
    static String sha256(java.nio.file.Path file) throws java.io.IOException {
        MessageDigest digest = newDigest();
        update(digest, file);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, java.nio.file.Path file) throws java.io.IOException {
        // readNBytes allocates only what it reads: most generated files are a few kilobytes
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (byte[] block = in.readNBytes(BLOCK); block.length > 0; block = in.readNBytes(BLOCK)) {
                digest.update(block);
            }
        }
    }

    private static final int BLOCK = 64 * 1024;

    private static MessageDigest newDigest() {
        return Utf8Sha256.newDigest();
    }
}
