package io.dvmaven.generate;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Diagnostics;
import io.dvmaven.model.SourceLocation;
import io.dvmaven.model.settings.ProjectSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place the project settings become dbt vars: a block the plugin owns inside the {@code vars:} of
 * {@code dbt_project.yml}, between two marker comments. Everything outside the markers is the user's and is kept
 * byte for byte; a governed var set outside the block is an error, so a value cannot hide in two places.
 */
public final class DbtProjectVars {

    public static final String FILE = "dbt_project.yml";
    static final String BEGIN = "  # >>> dv-maven-plugin vars: generated from the project settings (%s); edit that file";
    static final String END = "  # <<< dv-maven-plugin vars";
    private static final Pattern VARS_LINE = Pattern.compile("^vars:[ \\t]*(#.*)?$");
    private static final Pattern VAR_ENTRY = Pattern.compile("^(\\s+)([A-Za-z_][A-Za-z0-9_]*)\\s*:");
    /** Every var the settings govern, whether or not this run sets it. */
    static final List<String> GOVERNED = List.of("concat_string", "enable_ghost_records", "hash",
            "hash_content_casing", "null_key_optional", "null_key_required", "null_placeholder_string");

    private DbtProjectVars() {
    }

    /** Governed vars the user sets in dbt_project.yml outside the block, and a {@code vars:} the block cannot join. */
    static List<Diagnostic> conflicts(Path project, ProjectSettings settings) throws IOException {
        Path file = project.resolve(FILE);
        Diagnostics problems = new Diagnostics();
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<String> lines = lines(Files.readString(file, StandardCharsets.UTF_8));
        boolean inBlock = false;
        boolean inVars = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(BEGIN.substring(0, 30))) {
                inBlock = true;
            } else if (line.equals(END)) {
                inBlock = false;
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                inVars = line.startsWith("vars:");
                if (inVars && !VARS_LINE.matcher(line).matches() && settings.file() != null) {
                    problems.error(new SourceLocation(FILE, i + 1, 1), "settings.vars-flow", "the vars of " + FILE
                            + " are written inline, so the plugin cannot add the settings' vars",
                            "write them as a block (vars: on its own line, one var per indented line)");
                }
            } else if (inVars && !inBlock) {
                Matcher entry = VAR_ENTRY.matcher(line);
                if (entry.find() && entry.group(1).length() == 2 && GOVERNED.contains(entry.group(2))) {
                    problems.error(new SourceLocation(FILE, i + 1, 3), "settings.var-outside", "var '"
                            + entry.group(2) + "' is set in " + FILE + "; the project settings govern it",
                            "remove it here and set it in " + (settings.file() == null
                                    ? "specs/" + ProjectSettings.FILE_NAME : settings.file()));
                }
            }
        }
        return problems.sorted();
    }

    /** Writes the block (or removes it when there are no settings); true when the file changed. */
    static boolean write(Path project, ProjectSettings settings) throws IOException {
        Path file = project.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String updated = apply(text, settings);
        return !updated.equals(text) && AtomicFiles.writeIfChanged(file, updated);
    }

    /** The text of dbt_project.yml with the block for these settings. */
    static String apply(String text, ProjectSettings settings) {
        List<String> lines = new ArrayList<>(lines(text));
        Map<String, String> vars = settings.dbtVars();
        List<String> block = new ArrayList<>();
        if (!vars.isEmpty()) {
            block.add(String.format(BEGIN, settings.file()));
            vars.forEach((name, value) -> block.add("  " + name + ": " + value));
            block.add(END);
        }
        int begin = indexOf(lines, l -> l.startsWith(BEGIN.substring(0, 30)));
        int end = indexOf(lines, END::equals);
        if (begin >= 0 && end > begin) {
            lines.subList(begin, end + 1).clear();
            lines.addAll(begin, block);
        } else if (!block.isEmpty()) {
            int varsLine = indexOf(lines, l -> VARS_LINE.matcher(l).matches());
            if (varsLine >= 0) {
                lines.addAll(varsLine + 1, block);
            } else {
                while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                    lines.remove(lines.size() - 1);
                }
                lines.add("");
                lines.add("vars:");
                lines.addAll(block);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static List<String> lines(String text) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return body.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(body.split("\n", -1)));
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
