package io.dvmaven.model.mermaid;

import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.mermaid.ErDiagram.Arg;
import java.util.ArrayList;
import java.util.List;

/** Splits the text after {@code %% dv:<keyword>} into arguments, with the column of each. */
final class DirectiveArgs {

    private DirectiveArgs() {
    }

    /**
     * The arguments of a {@code %% dv:} directive from {@code from} on: names, {@code key=value} options and
     * quoted values; {@code null} after reporting an unclosed quote.
     */
    static List<Arg> read(String file, Diagnostics diagnostics, String text, int from, int start, int line) {
        List<Arg> args = new ArrayList<>();
        int i = from;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int argStart = i;
            String key = null;
            int eq = -1;
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '"') {
                if (text.charAt(j) == '=' && eq < 0) {
                    eq = j;
                    break;
                }
                j++;
            }
            if (eq >= 0) {
                key = text.substring(i, eq);
                i = eq + 1;
            }
            int valueStart = i;
            String value;
            if (i < text.length() && text.charAt(i) == '"') {
                StringBuilder out = new StringBuilder();
                int k = i + 1;
                boolean closed = false;
                while (k < text.length()) {
                    char c = text.charAt(k);
                    if (c == '\\' && k + 1 < text.length()) {
                        char next = text.charAt(k + 1);
                        out.append(next == 'n' ? '\n' : next);
                        k += 2;
                    } else if (c == '"') {
                        closed = true;
                        k++;
                        break;
                    } else {
                        out.append(c);
                        k++;
                    }
                }
                if (!closed) {
                    diagnostics.error(new SourceLocation(file, line, start + valueStart), "mermaid.directive",
                            "directive value is missing its closing '\"'",
                            "end the value with '\"' (write \\\" for a quote inside it)");
                    return null;
                }
                value = out.toString();
                i = k;
            } else {
                int k = i;
                while (k < text.length() && !Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                value = text.substring(i, k);
                i = k;
            }
            args.add(new Arg(key, value, new SourceLocation(file, line, start + argStart),
                    new SourceLocation(file, line, start + valueStart)));
        }
        return args;
    }
}
