package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Slice-wise hashing gives the digest of {@code getBytes(UTF_8)}, whatever falls on a slice boundary. */
class Utf8Sha256Test {

    @Test
    void knownDigest() {
        assertThat(Utf8Sha256.hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Utf8Sha256.hex(new StringBuilder("abc"))).isEqualTo(Utf8Sha256.hex("abc"));
    }

    @Test
    void surrogatePairOnASliceBoundaryEncodesAsOneCodePoint() {
        String before = "a".repeat(Utf8Sha256.SLICE - 1);
        String text = before + "\ud83d\ude00" + "tail";
        assertThat(text.charAt(Utf8Sha256.SLICE - 1)).isEqualTo('\ud83d');
        assertThat(Utf8Sha256.hex(new StringBuilder(text))).isEqualTo(reference(text));
        assertThat(Utf8Sha256.hex(text)).isEqualTo(reference(text));
    }

    @Test
    void unpairedSurrogatesAreReplacedAsGetBytesDoes() {
        String lonelyHighAtBoundary = "b".repeat(Utf8Sha256.SLICE - 1) + "\ud800" + "x";
        String lonelyLowAfterBoundary = "c".repeat(Utf8Sha256.SLICE) + "\udc00" + "y";
        String highAtTheVeryEnd = "d".repeat(Utf8Sha256.SLICE + 3) + "\ud800";
        for (String text : new String[] {lonelyHighAtBoundary, lonelyLowAfterBoundary, highAtTheVeryEnd}) {
            assertThat(Utf8Sha256.hex(new StringBuilder(text))).isEqualTo(reference(text));
        }
    }

    @Test
    void randomTextsOfEverySizeAgreeWithGetBytes() {
        Random random = new Random(7);
        char[] alphabet = {'a', 'z', ' ', '\n', '\u00e9', '\u4e2d', '\ud83d', '\ude00', '\ud800', '\udc00'};
        for (int round = 0; round < 60; round++) {
            int length = random.nextInt(round < 30 ? 64 : 3 * Utf8Sha256.SLICE);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertThat(Utf8Sha256.hex(text)).as("round %d", round).isEqualTo(reference(text.toString()));
            assertThat(Utf8Sha256.hex(text.toString())).isEqualTo(reference(text.toString()));
        }
    }

    private static String reference(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
