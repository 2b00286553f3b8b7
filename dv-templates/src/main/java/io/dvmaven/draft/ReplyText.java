package io.dvmaven.draft;

/**
 * The JSON part of a model's reply. Local servers sometimes wrap JSON in a Markdown fence, or put a sentence
 * before and after it, even when asked for a schema; that costs no repair round.
 */
final class ReplyText {

    private ReplyText() {
    }

    static String json(String reply) {
        String text = reply.strip();
        int fence = text.indexOf("```");
        if (fence >= 0) {
            int newline = text.indexOf('\n', fence);
            int end = newline < 0 ? -1 : text.indexOf("```", newline);
            if (end > newline) {
                return text.substring(newline + 1, end).strip();
            }
        }
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open > 0 && close > open) {
            return text.substring(open, close + 1);
        }
        return text;
    }
}
