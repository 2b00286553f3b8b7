package io.dvmaven.model.parse.input;

import com.fasterxml.jackson.core.JsonLocation;

/** Jackson's messages, shortened to one clause and naming the usual causes (trailing comma, comment, NaN). */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(String message, String text, JsonLocation at) {
        String first = message == null ? "unreadable JSON" : message.lines().findFirst().orElse(message);
        if (first.startsWith("Duplicate field")) {
            return "duplicate member " + first.substring("Duplicate field ".length()) + "; each key may appear once";
        }
        int offset = at == null ? -1 : (int) Math.min(at.getCharOffset(), text.length());
        if (offset > 0) {
            char here = offset < text.length() ? text.charAt(offset) : 0;
            char last = 0;
            for (int i = Math.min(offset, text.length()) - 1; i >= 0 && last == 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    last = text.charAt(i);
                }
            }
            if (last == ',' && (here == '}' || here == ']' || trailing(text, offset))) {
                return "trailing comma before '" + (here == 0 ? "end" : String.valueOf(here)) + "'";
            }
        }
        if (first.startsWith("Unexpected character ('")) {
            first = first.replaceFirst("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)",
                    "unexpected character '$1'")
                    .replaceFirst(": expected a valid value.*$", ", expected a value");
        }
        if (first.startsWith("Unrecognized token '")) {
            int end = first.indexOf('\'', 20);
            return "unexpected text '" + first.substring(20, Math.max(20, end)) + "', expected a value";
        }
        if (first.contains("double-quote to start field name")) {
            return "expected a quoted member name";
        }
        if (first.contains("ALLOW_COMMENTS") || first.contains("comment")) {
            return "comments are not JSON";
        }
        if (first.contains("NaN") || first.contains("Infinity") || first.contains("INF")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (first.contains("end-of-input") || first.contains("Unexpected end")) {
            return "unexpected end of input" + (first.contains("for Array") ? " inside an array"
                    : first.contains("for Object") ? " inside an object" : "");
        }
        return strip(first);
    }

    private static boolean trailing(String text, int offset) {
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}' || c == ']') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    /** Drops Jackson's feature hints, which name Java settings a user cannot change. */
    private static String strip(String message) {
        int source = message.indexOf(" (start marker");
        if (source >= 0) {
            message = message.substring(0, source);
        }
        int hint = message.indexOf(" (for ");
        if (hint < 0) {
            hint = message.indexOf(": was expecting");
            if (hint >= 0) {
                return message.substring(0, hint) + "," + message.substring(hint + 1);
            }
            return message;
        }
        return message.substring(0, hint);
    }
}
