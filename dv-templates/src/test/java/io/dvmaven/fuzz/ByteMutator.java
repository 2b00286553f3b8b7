package io.dvmaven.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Seeded byte-level mutations of a corpus file, with a dictionary of the tokens each input format is made of. */
final class ByteMutator {

    private static final List<String> DICTIONARY = List.of("{{", "}}", "{%", "#}", "{", "}", "[", "]", ",", ":",
            ": ", "\"", "'", "\\", "\\u", "\\ud800", "\n", "\r\n", "\t", "  ", "- ", "---\n", "...\n", "&a ", "*a",
            "<<: ", "!!str ", "!tag ", "? ", "|\n", ">-\n", "#", "%%", "%% dv:", "erDiagram\n", "||--o{", "PK", "FK",
            "null", "true", "NaN", "1e999", "-0", "0x10", "~", "entity", "name", "hub", "business_key", "satellites",
            "links", "source_mappings", "business_rules", "condition", "description", "record_source", "columns",
            "spec", "assumptions", "\u00e9", "\ud83d\ude00", "\u2028", "\u202e", ";", "--", "/*", "```");

    private final Random random;

    ByteMutator(Random random) {
        this.random = random;
    }

    byte[] mutate(byte[] seed) {
        byte[] data = seed;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            data = once(data);
        }
        return data;
    }

    /** Two corpus files spliced at random points. */
    byte[] splice(byte[] a, byte[] b) {
        int cutA = a.length == 0 ? 0 : random.nextInt(a.length);
        int cutB = b.length == 0 ? 0 : random.nextInt(b.length);
        return concat(slice(a, 0, cutA), slice(b, cutB, b.length));
    }

    private byte[] once(byte[] data) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
        switch (random.nextInt(7)) {
            case 0 -> { // insert a token
                byte[] token = DICTIONARY.get(random.nextInt(DICTIONARY.size())).getBytes(StandardCharsets.UTF_8);
                return concat(slice(data, 0, at), token, slice(data, at, data.length));
            }
            case 1 -> { // delete a range
                int end = Math.min(data.length, at + 1 + random.nextInt(16));
                return concat(slice(data, 0, at), slice(data, end, data.length));
            }
            case 2 -> { // duplicate a range
                int end = Math.min(data.length, at + 1 + random.nextInt(64));
                return concat(slice(data, 0, end), slice(data, at, data.length));
            }
            case 3 -> { // random byte (may break UTF-8)
                if (data.length == 0) {
                    return new byte[] {(byte) random.nextInt(256)};
                }
                byte[] copy = data.clone();
                copy[Math.min(at, copy.length - 1)] = (byte) random.nextInt(256);
                return copy;
            }
            case 4 -> { // flip a bit
                if (data.length == 0) {
                    return data;
                }
                byte[] copy = data.clone();
                copy[Math.min(at, copy.length - 1)] ^= (byte) (1 << random.nextInt(8));
                return copy;
            }
            case 5 -> { // replace an ASCII digit or letter run with a token
                int end = Math.min(data.length, at + random.nextInt(8));
                byte[] token = DICTIONARY.get(random.nextInt(DICTIONARY.size())).getBytes(StandardCharsets.UTF_8);
                return concat(slice(data, 0, at), token, slice(data, end, data.length));
            }
            default -> { // repeat a range many times (deep or long input)
                int end = Math.min(data.length, at + 1 + random.nextInt(8));
                byte[] range = slice(data, at, end);
                int times = 1 + random.nextInt(200);
                byte[] repeated = new byte[range.length * times];
                for (int t = 0; t < times; t++) {
                    System.arraycopy(range, 0, repeated, t * range.length, range.length);
                }
                return concat(slice(data, 0, at), repeated, slice(data, at, data.length));
            }
        }
    }

    private static byte[] slice(byte[] data, int from, int to) {
        byte[] out = new byte[Math.max(0, to - from)];
        System.arraycopy(data, from, out, 0, out.length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
