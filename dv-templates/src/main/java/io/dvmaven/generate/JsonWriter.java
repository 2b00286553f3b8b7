package io.dvmaven.generate;

import java.util.List;

/**
 * A minimal JSON writer for the generation report: objects, arrays, strings, numbers, booleans and null,
 * two-space indentation, keys in the order written. Enough for a deterministic report without a JSON library.
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it already holds a value (so the next one needs a comma). */
    private final java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open.push(new boolean[] {false});
        return this;
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open.push(new boolean[] {false});
        return this;
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        beforeValue();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, List<String> values) {
        name(name).beginArray();
        values.forEach(this::value);
        return endArray();
    }

    /** The document, ending with a newline. */
    String toJson() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed JSON container");
        }
        return out + "\n";
    }

    private JsonWriter close(char bracket) {
        boolean[] state = open.pop();
        if (state[0]) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!open.isEmpty()) {
            boolean[] state = open.peek();
            if (state[0]) {
                out.append(',');
            }
            state[0] = true;
            newline();
        }
    }

    private void newline() {
        out.append('\n').append("  ".repeat(open.size()));
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
