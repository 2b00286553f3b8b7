package io.dvmaven.generate;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text as UTF-8, encoded in slices: no byte copy of a file that may run to tens of megabytes. */
final class Hashing {

    private Hashing() {
    }

    /** Hex SHA-256 of {@code text} encoded as UTF-8; the same as hashing {@code text.getBytes(UTF_8)}. */
    static String sha256(CharSequence text) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(text);
        ByteBuffer out = ByteBuffer.allocate(64 * 1024);
        while (encoder.encode(in, out, true).isOverflow()) {
            drain(digest, out);
        }
        while (encoder.flush(out).isOverflow()) {
            drain(digest, out);
        }
        drain(digest, out);
        return HexFormat.of().formatHex(digest.digest());
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
        byte[] buffer = new byte[64 * 1024];
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    private static void drain(MessageDigest digest, ByteBuffer out) {
        out.flip();
        digest.update(out);
        out.clear();
    }
}
