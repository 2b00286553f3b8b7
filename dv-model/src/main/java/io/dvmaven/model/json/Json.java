package io.dvmaven.model.json;

import io.dvmaven.model.parse.input.InputException;
import io.dvmaven.model.parse.input.StrictJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) reading, and compact or indented writing, for reports, the chat protocol and model
 * replies. Reading is Jackson's streaming parser made strict ({@link StrictJson}), so text which is not JSON is
 * reported as such (with line and column) instead of being read leniently as YAML. Writing stays here: its
 * layout (two-space indent, {@code "key": value}) is fixed by the files it writes.
 *
 * <p>Objects become {@link LinkedHashMap} (member order kept), arrays {@link List}, numbers {@link Long} or
 * {@link BigDecimal}, plus {@link String}, {@link Boolean} and {@code null}.
 */
public final class Json {

    private Json() {
    }

    /** Thrown for text that is not JSON; the message names line and column. */
    public static final class JsonSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        public JsonSyntaxException(String message) {
            super(message);
        }
    }

    /**
     * Reads one JSON value strictly (no comments, trailing commas, NaN, duplicate member names or lone surrogates).
     */
    public static Object parse(String text) throws JsonSyntaxException {
        try {
            return StrictJson.read(text, PLAIN);
        } catch (InputException e) {
            throw new JsonSyntaxException("line " + e.line() + ", column " + e.column() + ": " + e.problem());
        }
    }

    /** Plain Java values: maps keep member order. */
    private static final StrictJson.Tree<Object> PLAIN = new StrictJson.Tree<>() {
        @Override
        public Object string(String value, StrictJson.Position start, StrictJson.Position end) {
            return value;
        }

        @Override
        public Object number(String literal, boolean integral, StrictJson.Position start, StrictJson.Position end) {
            return integral && literal.length() < 18 ? (Object) Long.parseLong(literal) : new BigDecimal(literal);
        }

        @Override
        public Object bool(boolean value, StrictJson.Position start, StrictJson.Position end) {
            return value;
        }

        @Override
        public Object nul(StrictJson.Position start, StrictJson.Position end) {
            return null;
        }

        @Override
        public Object object(List<Object> names, List<Object> values, StrictJson.Position start,
                             StrictJson.Position end) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                map.put((String) names.get(i), values.get(i));
            }
            return map;
        }

        @Override
        public Object array(List<Object> items, StrictJson.Position start, StrictJson.Position end) {
            return items;
        }
    };

    // ---------------------------------------------------------------- writing

    /** Compact JSON of maps, lists, strings, numbers, booleans and null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        try {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Indented JSON (two spaces, LF, trailing newline) for files people read; member order as given, so a tree
     * built in a fixed order is written byte for byte the same every time.
     */
    public static String writePretty(Object value) {
        StringBuilder out = new StringBuilder();
        try {
            writePretty(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * As {@link #writePretty(Object)}, streamed into {@code out}: a large tree (lists may produce their items on
     * demand) is never held as one string.
     */
    public static void writePretty(Object value, Appendable out) throws IOException {
        writePretty(value, out, 0);
        out.append('\n');
    }

    private static void writePretty(Object value, Appendable out, int indent) throws IOException {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append("  ".repeat(indent + 1));
                quote(String.valueOf(entry.getKey()), out);
                out.append(": ");
                writePretty(entry.getValue(), out, indent + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append('}');
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append("  ".repeat(indent + 1));
                writePretty(list.get(i), out, indent + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(indent)).append(']');
        } else {
            write(value, out);
        }
    }

    private static void write(Object value, Appendable out) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal) {
            out.append(value.toString());
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void quote(String s, Appendable out) throws IOException {
        out.append('"');
        if (isPlain(s)) {
            out.append(s).append('"'); // the common case (paths, names): one append, not one per character
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** True when {@code s} needs no escape inside a JSON string. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
