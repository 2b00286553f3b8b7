package io.dvmaven.plugin.dbt;

import java.util.regex.Pattern;

/** Strips terminal escape sequences: dbt colours some lines even when asked not to (e.g. deprecation banners). */
final class Ansi {

    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B[@-Z\\\\-_]");

    private Ansi() {
    }

    static String strip(String line) {
        return line.indexOf('\u001B') < 0 ? line : ESCAPES.matcher(line).replaceAll("");
    }
}
