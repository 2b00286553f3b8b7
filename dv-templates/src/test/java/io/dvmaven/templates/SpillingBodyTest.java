package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed body normalises and hashes exactly as {@link GeneratedHeader#compose} does. */
class SpillingBodyTest {

    @TempDir
    Path temp;

    private static final List<String> SAMPLES = List.of("", "\n\n", "  \n ", "a", "\n\na\r\nb\rc\n\n  \n",
            "  x  \n\n", "\r\n\r\n y\r", "k: v\n  - \u00e9\u4e2d\ud83d\ude00\n", "\ud800 lone", "a\n\n\nb   ");

    @Test
    void heldAndSpilledBodiesMatchCompose() throws Exception {
        for (String sample : SAMPLES) {
            String expected = GeneratedHeader.compose("models/x/schema.yml", "1.0", List.of("e"), List.of(),
                    List.of(), null, sample);
            for (int[] run : new int[][] {{0, 1}, {0, 2}, {1, 2}, {3, 5}, {1000, 1}, {1000, 2}, {1000, 5}}) {
                int limit = run[0];
                int piece = run[1];
                SpillingBody body = new SpillingBody(limit, () -> Files.createTempFile(temp, "b", ".tmp"));
                feed(body, sample, piece);
                StringBuilder held = body.finish();
                byte[] actual;
                if (held != null) {
                    actual = GeneratedHeader.compose("models/x/schema.yml", "1.0", List.of("e"), List.of(),
                            List.of(), null, held).getBytes(StandardCharsets.UTF_8);
                } else {
                    String header = GeneratedHeader.header("models/x/schema.yml", "1.0", List.of("e"), List.of(),
                            List.of(), null, body.checksum());
                    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                    bytes.write(header.getBytes(StandardCharsets.UTF_8));
                    bytes.write(Files.readAllBytes(body.file()));
                    actual = bytes.toByteArray();
                }
                assertThat(actual).as("sample %s, limit %d, pieces of %d", sample, limit, piece)
                        .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Writes {@code sample} in pieces of {@code piece} characters, alternately as strings and as char arrays (both
     * kinds of write the template engine makes), so CR LF pairs and surrogate pairs are split across writes.
     */
    private static void feed(SpillingBody body, String sample, int piece) {
        char[] chars = sample.toCharArray();
        for (int i = 0, n = 0; i < sample.length(); i += piece, n++) {
            int length = Math.min(piece, sample.length() - i);
            if (n % 2 == 0) {
                body.write(sample, i, length);
            } else {
                body.write(chars, i, length);
            }
        }
    }
}
