package io.dvmaven.plugin.dbt;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns dbt's console output into diagnostics on the project's files, e.g.
 * {@code Compilation Error in model h_member (models/integration/hubs/h_member.sql)} followed by
 * {@code line 3} becomes {@code models/integration/hubs/h_member.sql:3: ...}. Line numbers are only taken from
 * Jinja errors (lower-case {@code line N}); database errors report lines of the compiled SQL, so they name the
 * file alone and point at the compiled code instead.
 */
public final class DbtErrorParser {

    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?  ?");
    private static final Pattern NODE_HEADER = Pattern.compile(
            "^(?:(Compilation|Database|Runtime|Parsing|Dependency|Validation)\\s+)?(Error|Failure|Warning)"
                    + " in (model|test|seed|snapshot|source|analysis|operation|unit_test|macro|exposure|sql_operation)"
                    + " (\\S+) \\(([^)]+)\\)\\s*$");
    private static final Pattern READING = Pattern.compile("^Error reading [^:]+: (\\S+) - (.*)$");
    private static final Pattern JINJA_LINE = Pattern.compile("^(?:line|Syntax error near line) (\\d+)\\s*$");
    private static final Pattern COMPILED = Pattern.compile("^compiled code at (\\S+)");
    private static final Pattern SUMMARY = Pattern.compile("^Done\\. PASS=.*");

    private final UnaryOperator<String> pathResolver;

    /**
     * @param pathResolver maps a path as dbt prints it to the project-relative path; dbt prints some paths
     *                     relative to the model folder ({@code Error reading proj: schema.yml})
     */
    public DbtErrorParser(UnaryOperator<String> pathResolver) {
        this.pathResolver = pathResolver;
    }

    public DbtErrorParser() {
        this(UnaryOperator.identity());
    }

    /** Removes dbt's {@code HH:MM:SS  } log prefix. */
    public static String stripTimestamp(String line) {
        return TIMESTAMP.matcher(line).replaceFirst("");
    }

    /** The {@code Done. PASS=1 WARN=0 ERROR=2 ...} line, if dbt printed one. */
    public static String summaryLine(List<String> lines) {
        String summary = null;
        for (String line : lines) {
            String text = stripTimestamp(Ansi.strip(line)).trim();
            if (SUMMARY.matcher(text).matches()) {
                summary = text;
            }
        }
        return summary;
    }

    public List<Diagnostic> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        for (String raw : lines) {
            String text = stripTimestamp(Ansi.strip(raw)).trim();
            Matcher header = NODE_HEADER.matcher(text);
            Matcher reading = READING.matcher(text);
            if (header.matches()) {
                String kind = header.group(1) == null ? header.group(2) : header.group(1) + " " + header.group(2);
                Block next = new Block(kind, header.group(3), header.group(4), header.group(5),
                        header.group(2).equals("Warning") ? Severity.WARNING : Severity.ERROR);
                if (current != null && current.sameNode(next) && current.messages.isEmpty()) {
                    // "Failure in model x" wraps "Runtime Error in model x": keep the inner, more precise kind.
                    next.severity = current.severity;
                    blocks.remove(current);
                }
                current = next;
                blocks.add(current);
            } else if (reading.matches()) {
                current = new Block("Parsing Error", null, null, reading.group(1), Severity.ERROR);
                current.detail = reading.group(2);
                blocks.add(current);
            } else if (current != null) {
                if (text.isEmpty() && !current.messages.isEmpty() && current.compiledPath != null) {
                    current = null;
                    continue;
                }
                Matcher line = JINJA_LINE.matcher(text);
                Matcher compiled = COMPILED.matcher(text);
                if (line.matches()) {
                    if (current.line == 0) {
                        current.line = Integer.parseInt(line.group(1));
                    }
                } else if (compiled.find()) {
                    current.compiledPath = compiled.group(1);
                } else if (SUMMARY.matcher(text).matches()) {
                    current = null;
                } else if (!text.isEmpty() && !text.startsWith("---") && !text.matches("^\\d+\\s*\\|.*")
                        && !text.startsWith(">") && !text.matches("^[\\w ]+:$") && !text.startsWith("in \"")) {
                    current.messages.add(text);
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Block block : blocks) {
            Diagnostic diagnostic = block.toDiagnostic(pathResolver);
            if (seen.add(diagnostic.format())) {
                diagnostics.add(diagnostic);
            }
        }
        return diagnostics;
    }

    private static final class Block {
        final String kind;
        final String resourceType;
        final String node;
        final String path;
        Severity severity;
        String detail;
        int line;
        String compiledPath;
        final List<String> messages = new ArrayList<>();

        Block(String kind, String resourceType, String node, String path, Severity severity) {
            this.kind = kind;
            this.resourceType = resourceType;
            this.node = node;
            this.path = path;
            this.severity = severity;
        }

        boolean sameNode(Block other) {
            return node != null && node.equals(other.node) && path.equals(other.path);
        }

        Diagnostic toDiagnostic(UnaryOperator<String> pathResolver) {
            String what = messages.isEmpty() ? (detail == null ? "" : detail) : messages.get(0);
            if (kind.equals("Parsing Error") && detail != null && !messages.isEmpty()) {
                what = detail + ": " + String.join("; ", messages.subList(0, Math.min(2, messages.size())));
            }
            String subject = node == null ? "dbt " + kind : "dbt " + kind + " in " + resourceType + " " + node;
            String message = what.isEmpty() ? subject : subject + ": " + what;
            String code = "dbt." + kind.toLowerCase().replace(' ', '-');
            return new Diagnostic(new SourceLocation(pathResolver.apply(path), line, 0), severity, code, message,
                    fix());
        }

        private String fix() {
            String compiled = compiledPath == null ? "" : " (compiled SQL: " + compiledPath + ")";
            if ("test".equals(resourceType) && kind.equals("Failure")) {
                return "query the failing rows with the test's compiled SQL" + compiled
                        + ", then fix the data or the test";
            }
            if (kind.startsWith("Compilation")) {
                String undefined = messages.isEmpty() || !messages.get(0).contains("is undefined") ? ""
                        : "; if the macro comes from a package, install it (dbt deps, or <offlinePackages>)";
                return "fix the Jinja in this file; if it is generated, fix its spec and run mvn dv:generate"
                        + undefined;
            }
            if (kind.startsWith("Parsing")) {
                return "fix the syntax of this file";
            }
            if (kind.startsWith("Database") || kind.startsWith("Runtime")) {
                return "check the SQL against the database" + compiled;
            }
            return compiled.isEmpty() ? null : "see" + compiled;
        }
    }
}
