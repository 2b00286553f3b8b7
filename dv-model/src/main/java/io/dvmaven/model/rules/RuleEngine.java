package io.dvmaven.model.rules;

import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every rule over a project, applies the configured levels (severity override, OFF, skip) and the inline
 * {@code dv:ignore} comments, and returns all findings sorted. Never stops at the first finding.
 */
public final class RuleEngine {

    private final List<NamingRule> rules;
    private final Map<String, RuleLevel> levels;
    private final RuleSettings settings;

    private RuleEngine(List<NamingRule> rules, Map<String, RuleLevel> levels, RuleSettings settings) {
        this.rules = rules;
        this.levels = levels;
        this.settings = settings;
    }

    /** The built-in rules with the given settings. */
    public static RuleEngine create(RuleSettings settings) {
        return create(RuleCatalog.all(), settings);
    }

    /**
     * @throws InvalidRuleConfigurationException when the settings name unknown rule ids or severities (all
     *                                           problems at once, with the known ids)
     */
    public static RuleEngine create(List<NamingRule> rules, RuleSettings settings) {
        Map<String, NamingRule> byId = new LinkedHashMap<>();
        rules.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(rule -> {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("two rules share the id " + rule.id());
            }
        });
        List<String> problems = new ArrayList<>();
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        byId.values().forEach(rule -> levels.put(rule.id(), RuleLevel.of(rule.defaultSeverity())));
        settings.severities().forEach((rawId, rawLevel) -> {
            String id = normalize(rawId);
            Optional<RuleLevel> level = RuleLevel.parse(rawLevel);
            if (!byId.containsKey(id)) {
                problems.add("unknown rule id '" + rawId + "' in severities");
            } else if (level.isEmpty()) {
                problems.add("unknown severity '" + rawLevel + "' for " + id + " (use ERROR, WARNING, INFO or OFF)");
            } else {
                levels.put(id, level.get());
            }
        });
        for (String rawId : new java.util.TreeSet<>(settings.skipped())) {
            String id = normalize(rawId);
            if (!byId.containsKey(id)) {
                problems.add("unknown rule id '" + rawId + "' in skipped rules");
            } else {
                levels.put(id, RuleLevel.OFF);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleConfigurationException(problems, List.copyOf(byId.keySet()));
        }
        return new RuleEngine(List.copyOf(byId.values()), Collections.unmodifiableMap(levels), settings);
    }

    public RuleSettings settings() {
        return settings;
    }

    /** Every rule with its effective level, by id. */
    public List<RuleDescriptor> descriptors() {
        return rules.stream().map(rule -> RuleDescriptor.of(rule, levels.get(rule.id()))).toList();
    }

    public RuleResult run(DbtProject project, NamingConventions naming) {
        RuleContext context = new RuleContext(project, naming);
        Suppressions suppressions = new Suppressions(project);
        Set<Finding> findings = new LinkedHashSet<>();
        Set<Finding> suppressed = new LinkedHashSet<>();
        for (NamingRule rule : rules) {
            Optional<Severity> severity = levels.get(rule.id()).severity();
            if (severity.isEmpty()) {
                continue;
            }
            List<Diagnostic> raw = new ArrayList<>();
            rule.check(context, raw::add);
            for (Diagnostic diagnostic : raw) {
                Diagnostic effective = new Diagnostic(diagnostic.location(), severity.get(),
                        diagnostic.code() == null ? rule.id() : diagnostic.code(), diagnostic.message(), diagnostic.fix());
                String model = project.modelAt(effective.location()).orElse(null);
                Finding finding = new Finding(effective, model, isGenerated(project, effective.location().file()));
                (suppressions.isSuppressed(effective, model) ? suppressed : findings).add(finding);
            }
        }
        List<CheckedModel> models = project.models().stream()
                .map(m -> new CheckedModel(m.name(), m.path(), m.generated())).toList();
        return new RuleResult(descriptors(), models, sorted(findings), sorted(suppressed));
    }

    private static boolean isGenerated(DbtProject project, String file) {
        return project.modelFile(file).map(ModelFile::generated)
                .or(() -> project.schemaFile(file).map(SchemaFile::generated)).orElse(false);
    }

    private static List<Finding> sorted(Set<Finding> findings) {
        List<Finding> list = new ArrayList<>(findings);
        Collections.sort(list);
        return list;
    }

    private static String normalize(String id) {
        return id == null ? "" : id.trim().toUpperCase(Locale.ROOT);
    }
}
