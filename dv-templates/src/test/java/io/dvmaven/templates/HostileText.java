package io.dvmaven.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded text made of Jinja delimiters, quotes, line breaks, SQL comment openers and non-ASCII characters. */
final class HostileText {

    private static final String[] PIECES = {"{{", "}}", "{%", "%}", "{#", "#}", "{", "}", "'", "''", "\"", "\\",
        "\n", "\r\n", "\t", "--", "/*", "*/", ";", "\u00e9", "\u65e5\u672c", "\ud83d\ude00", " ", "a", "x y",
        "\u2028", "${", "%", ": ", "#", "- ", "&a", "*a", "!", "|", ">", "run_query('drop table x')", "{{ var('v') }}",
        "{% raw %}", "{% endraw %}", "\u0000", "\u0085", "\u007f", "?", ","};

    private HostileText() {
    }

    static List<String> generate(long seed, int count, boolean controls) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        while (texts.size() < count) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                if (!controls && piece.length() == 1 && piece.charAt(0) != '\n' && piece.charAt(0) != '\t'
                        && (piece.charAt(0) < 0x20 || (piece.charAt(0) >= 0x7f && piece.charAt(0) <= 0x9f))) {
                    continue;
                }
                text.append(piece);
            }
            if (!text.toString().isBlank()) {
                texts.add(text.toString());
            }
        }
        return texts;
    }

    /** What Jinja makes of {@link DbtText#jinjaInert} output, failing when any other Jinja is left in it. */
    static String renderInert(String inert) {
        String rest = inert.replace("{{ '{' }}", "\u0001");
        for (String opener : List.of("{{", "{%", "{#")) {
            if (rest.contains(opener)) {
                throw new AssertionError("live Jinja " + opener + " in " + inert);
            }
        }
        return rest.replace('\u0001', '{');
    }
}
