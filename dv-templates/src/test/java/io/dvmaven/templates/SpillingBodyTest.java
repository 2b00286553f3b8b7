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
            for (int limit : new int[] {0, 1, 3, 1000}) {
                SpillingBody body = new SpillingBody(limit, () -> Files.createTempFile(temp, "b", ".tmp"));
                // feed in small pieces, splitting CR LF pairs and surrogate pairs across writes
                for (int i = 0; i < sample.length(); i += 2) {
                    body.write(sample, i, Math.min(2, sample.length() - i));
                }
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
                assertThat(actual).as("sample %s, limit %d", sample, limit).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
