package io.dvmaven.model.parse.input;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A spec file's bytes as text: strict UTF-8, a byte order mark dropped, the first bad byte located. */
public final class SpecText {

    private SpecText() {
    }

    /** The text, or {@code null} after reporting {@code spec.encoding} at the line and column of the bad byte. */
    public static String decode(byte[] bytes, String name, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++; // count characters, not continuation bytes
                }
            }
            diagnostics.error(new SourceLocation(name, line, column), "spec.encoding", String.format(
                    "file is not valid UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad),
                    "save the file as UTF-8");
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
