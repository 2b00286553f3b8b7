package io.dvmaven.model.report;

import io.dvmaven.model.Severity;
import io.dvmaven.model.rules.CheckedModel;
import io.dvmaven.model.rules.Finding;
import io.dvmaven.model.rules.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * JUnit XML for CI servers, under {@code target/dv-reports/}: {@code TEST-dv-rules.xml} has one test case per rule
 * per model (plus one per file with findings outside any model); {@code TEST-dv-dbt.xml} one per dbt node.
 * Errors (and warnings with failOnWarning) are failures; rules switched off are skipped.
 */
public final class JUnitReport {

    private JUnitReport() {
    }

    private record Case(String classname, String name, double seconds, String kind, String message, String body) {
    }

    public static String rules(VerifyOutcome outcome) {
        List<Case> cases = new ArrayList<>();
        for (RuleDescriptor rule : outcome.rules().rules()) {
            List<Finding> ofRule = outcome.rules().findings().stream().filter(f -> rule.id().equals(f.ruleId())).toList();
            Set<String> subjects = new LinkedHashSet<>();
            outcome.rules().models().stream().map(CheckedModel::name).forEach(subjects::add);
            ofRule.stream().filter(f -> f.model() == null).map(f -> f.diagnostic().location().file()).sorted()
                    .forEach(subjects::add);
            String classname = "dv.rules." + rule.id();
            for (String subject : subjects) {
                List<Finding> mine = ofRule.stream().filter(f -> subject.equals(f.model() != null ? f.model()
                        : f.diagnostic().location().file())).toList();
                String name = subject;
                if (!rule.enabled()) {
                    cases.add(new Case(classname, name, 0, "skipped", rule.id() + " is switched off", null));
                    continue;
                }
                List<Finding> failing = mine.stream().filter(f -> f.diagnostic().severity() == Severity.ERROR
                        || (outcome.failOnWarning() && f.diagnostic().severity() == Severity.WARNING)).toList();
                String all = mine.stream().map(Finding::format).collect(Collectors.joining("\n"));
                if (!failing.isEmpty()) {
                    cases.add(new Case(classname, name, 0, "failure", failing.get(0).diagnostic().message(), all));
                } else if (!mine.isEmpty()) {
                    cases.add(new Case(classname, name, 0, "system-out", null, all));
                } else {
                    cases.add(new Case(classname, name, 0, null, null, null));
                }
            }
        }
        return suite("dv-rules", cases);
    }

    public static String dbt(VerifyOutcome outcome) {
        List<Case> cases = new ArrayList<>();
        outcome.dbt().ifPresent(run -> run.nodes().forEach(node -> {
            String body = (node.path().isEmpty() ? "" : node.path() + ": ") + node.message();
            String kind = node.isError() ? "error" : node.isFailure() ? "failure" : node.isSkipped() ? "skipped"
                    : node.message().isEmpty() ? null : "system-out";
            cases.add(new Case("dbt." + run.command(), node.name(), node.seconds(), kind,
                    node.message().isEmpty() ? node.status() : firstLine(node.message()), body));
        }));
        return suite("dv-dbt", cases);
    }

    private static String suite(String name, List<Case> cases) {
        long failures = cases.stream().filter(c -> "failure".equals(c.kind())).count();
        long errors = cases.stream().filter(c -> "error".equals(c.kind())).count();
        long skipped = cases.stream().filter(c -> "skipped".equals(c.kind())).count();
        double time = cases.stream().mapToDouble(Case::seconds).sum();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(name).append("\" tests=\"").append(cases.size())
                .append("\" failures=\"").append(failures).append("\" errors=\"").append(errors)
                .append("\" skipped=\"").append(skipped).append("\" time=\"").append(seconds(time)).append("\">\n");
        for (Case c : cases) {
            xml.append("  <testcase classname=\"").append(Xml.escape(c.classname())).append("\" name=\"")
                    .append(Xml.escape(c.name())).append("\" time=\"").append(seconds(c.seconds())).append('"');
            if (c.kind() == null) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            switch (c.kind()) {
                case "skipped" -> xml.append("    <skipped message=\"").append(Xml.escape(c.message())).append("\"/>\n");
                case "system-out" -> xml.append("    <system-out>").append(Xml.escape(c.body())).append("</system-out>\n");
                default -> xml.append("    <").append(c.kind()).append(" message=\"").append(Xml.escape(c.message()))
                        .append("\" type=\"").append(c.kind().equals("error") ? "dbt" : "finding").append("\">")
                        .append(Xml.escape(c.body())).append("</").append(c.kind()).append(">\n");
            }
            xml.append("  </testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
