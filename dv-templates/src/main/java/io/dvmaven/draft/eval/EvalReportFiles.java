package io.dvmaven.draft.eval;

import io.dvmaven.model.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evaluation as files for CI: {@code report.json} (per case and per field, also the baseline format) and a
 * JUnit XML file with one test case per evaluation case, failed when the gate fails it. Deterministic: sorted,
 * no timestamps.
 */
public final class EvalReportFiles {

    public static final String JSON = "report.json";
    public static final String JUNIT = "TEST-dv-draft-eval.xml";

    private EvalReportFiles() {
    }

    /** Writes both files into {@code directory}; returns their paths. */
    public static List<Path> write(EvalReport report, List<String> failures, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON);
        Path junit = directory.resolve(JUNIT);
        writeAtomically(json, Json.writePretty(toJson(report)).replace("\r\n", "\n") + "\n");
        writeAtomically(junit, junit(report, failures));
        return List.of(json, junit);
    }

    static Map<String, Object> toJson(EvalReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", report.model());
        root.put("overall_f1", round(report.overall().f1()));
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseResult c : report.cases()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", c.name());
            item.put("valid", c.valid());
            item.put("rounds", c.rounds());
            item.put("open_questions", c.openQuestions());
            item.put("f1", round(c.overall().f1()));
            Map<String, Object> fields = new LinkedHashMap<>();
            c.scores().forEach((field, score) -> fields.put(field.label(), round(score.f1())));
            item.put("fields", fields);
            if (c.error() != null) {
                item.put("error", c.error());
            }
            cases.add(item);
        }
        root.put("cases", cases);
        Map<String, Object> fields = new LinkedHashMap<>();
        report.perField().forEach((field, score) -> fields.put(field.label(), round(score.f1())));
        root.put("fields", fields);
        return root;
    }

    /** Case name to F1 from a stored {@code report.json}. */
    public static Map<String, Double> readBaseline(Path file) throws IOException {
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (Json.JsonSyntaxException e) {
            throw new IOException(file + " is not a report.json of dv:draft-eval: " + e.getMessage(), e);
        }
        Map<String, Double> baseline = new TreeMap<>();
        if (parsed instanceof Map<?, ?> root && root.get("cases") instanceof List<?> cases) {
            for (Object item : cases) {
                if (item instanceof Map<?, ?> c && c.get("name") instanceof String name
                        && c.get("f1") instanceof Number f1) {
                    baseline.put(name, f1.doubleValue());
                }
            }
        }
        if (baseline.isEmpty()) {
            throw new IOException(file + " has no cases; it must be a report.json written by dv:draft-eval");
        }
        return baseline;
    }

    private static String junit(EvalReport report, List<String> failures) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long failed = report.cases().stream().filter(c -> !caseFailures(c, failures).isEmpty()).count();
        List<String> general = failures.stream().filter(f -> !f.startsWith("case ")).toList();
        xml.append("<testsuite name=\"dv-draft-eval\" tests=\"").append(report.cases().size() + 1)
                .append("\" failures=\"").append(failed + (general.isEmpty() ? 0 : 1)).append("\">\n");
        for (CaseResult c : report.cases()) {
            xml.append(String.format(Locale.ROOT, "  <testcase classname=\"dv-draft-eval\" name=\"%s\">", escape(
                    c.name())));
            List<String> own = caseFailures(c, failures);
            if (!own.isEmpty()) {
                xml.append("<failure message=\"").append(escape(own.get(0))).append("\">")
                        .append(escape(String.join("\n", own))).append("</failure>");
            }
            xml.append(String.format(Locale.ROOT, "<system-out>F1 %.2f, valid %s, %d rounds</system-out>",
                    c.overall().f1(), c.valid() ? "yes" : "no", c.rounds()));
            xml.append("</testcase>\n");
        }
        xml.append("  <testcase classname=\"dv-draft-eval\" name=\"overall\">");
        if (!general.isEmpty()) {
            xml.append("<failure message=\"").append(escape(general.get(0))).append("\">")
                    .append(escape(String.join("\n", general))).append("</failure>");
        }
        xml.append("</testcase>\n</testsuite>\n");
        return xml.toString();
    }

    private static List<String> caseFailures(CaseResult c, List<String> failures) {
        return failures.stream().filter(f -> f.startsWith("case " + c.name() + ":")).toList();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
