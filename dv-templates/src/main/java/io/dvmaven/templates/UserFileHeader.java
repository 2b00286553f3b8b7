package io.dvmaven.templates;

import io.dvmaven.model.vault.SpecRef;
import java.util.stream.Collectors;

/**
 * The first lines of a file written once for a person to complete. Unlike {@link GeneratedHeader} it carries no
 * marker and no checksum: the file is the person's from the start, so nothing treats it as generated.
 */
final class UserFileHeader {

    private UserFileHeader() {
    }

    static String compose(PendingFile file, StringBuilder body) {
        String p = GeneratedHeader.commentPrefixFor(file.path());
        GeneratedHeader.normalise(body);
        return p + "Written once by dv-maven-plugin for you to complete; it is yours: never regenerated or checked.\n"
                + p + "From: " + file.specs().stream().map(SpecRef::file).collect(Collectors.joining(", ")) + "\n\n"
                + body;
    }
}
