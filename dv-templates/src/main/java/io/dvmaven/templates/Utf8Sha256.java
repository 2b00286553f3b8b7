package io.dvmaven.templates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text as UTF-8 bytes, the same digest as hashing {@code text.toString().getBytes(UTF_8)} (unpaired
 * surrogates become {@code '?'}), without a byte copy of the whole text: a folder-wide schema.yml can run to
 * tens of megabytes, while most files are a few kilobytes and are hashed in one step.
 */
public final class Utf8Sha256 {

    /** Characters encoded at a time: small enough to stay in the thread's allocation buffer. */
    static final int SLICE = 16 * 1024;

    private Utf8Sha256() {
    }

    /** Lower-case hex SHA-256 of {@code text} as UTF-8. */
    public static String hex(CharSequence text) {
        MessageDigest digest = newDigest();
        update(digest, text);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Feeds {@code text} as UTF-8 into {@code digest}, a slice at a time. */
    public static void update(MessageDigest digest, CharSequence text) {
        int length = text.length();
        if (length <= SLICE && text instanceof String string) {
            digest.update(string.getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (int from = 0; from < length; ) {
            int to = Math.min(length, from + SLICE);
            if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--; // keep a surrogate pair in one slice, so it encodes as one code point
            }
            digest.update(text.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8));
            from = to;
        }
    }

    /** A new SHA-256 digest. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
