package io.dvmaven.generate;

import io.dvmaven.templates.GeneratedHeader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Recognises a generated file that still holds an unresolved git merge conflict. */
final class MergeLeftovers {

    /** What to do about such a file: generated files need no manual merge, the specs are the source. */
    static final String DETAIL = "holds unresolved git conflict markers: a generated file needs no manual merge. "
            + "Take either side (git checkout --ours <file>) or delete it, then run mvn dv:generate";

    private static final Pattern MARKERS = Pattern.compile("(?m)^<<<<<<< .*$[\\s\\S]*^=======$[\\s\\S]*^>>>>>>> ");

    private MergeLeftovers() {
    }

    /** True for a file whose first line is the generated header and that holds conflict markers. */
    static boolean isGeneratedWithConflict(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        int firstLineEnd = text.indexOf('\n');
        return firstLineEnd > 0 && text.substring(0, firstLineEnd).contains(GeneratedHeader.MARKER)
                && MARKERS.matcher(text).find();
    }
}
