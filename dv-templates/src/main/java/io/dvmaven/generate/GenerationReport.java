package io.dvmaven.generate;

import io.dvmaven.model.Decision;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.json.Json;
import io.dvmaven.model.spec.EntitySpec;
import io.dvmaven.model.spec.Ident;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.SpecRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generation report in Markdown and JSON: every entity, every file with its action and result, every
 * decision and every diagnostic. Deterministic: the same plan and results give the same bytes.
 */
final class GenerationReport {

    private record EntityRow(String name, String spec, String description, List<String> businessKey,
                             List<String> sources, List<String> files) {
    }

    private final GenerationPlan plan;
    private final Map<String, String> results;
    private final String status;

    /**
     * @param results per file path what happened ({@code written}, {@code unchanged}, {@code removed},
     *                {@code overwritten}); empty when the run stopped before writing
     * @param status  {@code success}, or why the run failed
     */
    GenerationReport(GenerationPlan plan, Map<String, String> results, String status) {
        this.plan = plan;
        this.results = results;
        this.status = status;
    }

    String toJson() {
        StringBuilder out = new StringBuilder();
        try {
            writeJson(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The JSON report, streamed into {@code out}. */
    void writeJson(Appendable out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generator", "dv-maven-plugin");
        root.put("version", plan.request().generatorVersion());
        if (plan.request().generatedAt() != null) {
            root.put("generatedAt", plan.request().generatedAt().toString());
        }
        root.put("status", status);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", plan.generatedFiles().size());
        summary.put("entities", plan.entities().size());
        summary.put("written", count("written") + count("overwritten"));
        summary.put("unchanged", count("unchanged"));
        summary.put("removed", count("removed"));
        summary.put("conflicts", plan.conflicts().size());
        summary.put("errors", plan.specErrors().size());
        summary.put("warnings", plan.warnings().size());
        root.put("summary", summary);
        root.put("specs", plan.design().specFiles());
        List<Object> entities = new ArrayList<>();
        for (EntityRow entity : entities()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", entity.name());
            row.put("spec", entity.spec());
            row.put("description", entity.description());
            row.put("businessKey", entity.businessKey());
            row.put("sources", entity.sources());
            row.put("files", entity.files());
            entities.add(row);
        }
        root.put("entities", entities);
        // one row per file, built as it is written: the rows of a large design are never all in memory
        List<PlannedFile> planned = plan.files();
        List<Object> files = new AbstractList<>() {
            @Override
            public Object get(int index) {
                return fileRow(planned.get(index));
            }

            @Override
            public int size() {
                return planned.size();
            }
        };
        root.put("files", files);
        List<Object> userFiles = new ArrayList<>();
        for (UserFile file : plan.userFiles()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", file.path());
            row.put("entities", file.entities());
            row.put("todo", file.todo());
            userFiles.add(row);
        }
        root.put("userFiles", userFiles);
        List<Object> decisions = new ArrayList<>();
        for (Decision decision : decisions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subject", decision.subject());
            row.put("text", decision.text());
            row.put("location", decision.location() == null ? null : decision.location().toString());
            decisions.add(row);
        }
        root.put("decisions", decisions);
        List<Object> diagnostics = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("location", diagnostic.location().toString());
            row.put("severity", diagnostic.severity().name());
            row.put("code", diagnostic.code());
            row.put("message", diagnostic.message());
            row.put("fix", diagnostic.fix());
            row.put("text", diagnostic.format());
            diagnostics.add(row);
        }
        root.put("diagnostics", diagnostics);
        Json.writePretty(root, out);
    }

    private Map<String, Object> fileRow(PlannedFile file) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("path", file.path());
        row.put("kind", file.kind());
        row.put("action", file.action().name());
        row.put("result", result(file));
        row.put("detail", file.detail());
        row.put("entities", file.entities());
        row.put("specs", file.specs().stream().map(SpecRef::file).toList());
        return row;
    }

    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Generation report\n\n");
        md.append("- Generator: dv-maven-plugin ").append(plan.request().generatorVersion()).append('\n');
        if (plan.request().generatedAt() != null) {
            md.append("- Generated at: ").append(plan.request().generatedAt()).append('\n');
        }
        md.append("- Status: ").append(status).append('\n');
        md.append("- Summary: ").append(GenerateResult.summary(plan.generatedFiles().size(), plan.entities().size(),
                (int) (count("written") + count("overwritten")), (int) count("unchanged"), (int) count("removed")))
                .append('\n');
        md.append("- Specs: ").append(plan.design().specFiles().isEmpty() ? "none"
                : String.join(", ", plan.design().specFiles().stream().map(s -> "`" + s + "`").toList()))
                .append('\n');

        md.append("\n## Entities\n\n");
        List<EntityRow> entities = entities();
        if (entities.isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("| Entity | Spec | Business key | Sources | Files | Description |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (EntityRow entity : entities) {
                md.append("| ").append(cell(entity.name()))
                        .append(" | ").append(cell(entity.spec()))
                        .append(" | ").append(cell(String.join(", ", entity.businessKey())))
                        .append(" | ").append(cell(String.join(", ", entity.sources())))
                        .append(" | ").append(entity.files().size())
                        .append(" | ").append(cell(entity.description()))
                        .append(" |\n");
            }
        }

        md.append("\n## Files\n\n");
        if (plan.files().isEmpty()) {
            md.append(plan.hasSpecErrors() ? "None: the specs have errors, nothing was rendered.\n" : "None.\n");
        } else {
            md.append("| File | Kind | Action | Result | Entities | Detail |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (PlannedFile file : plan.files()) {
                md.append("| `").append(file.path()).append("` | ").append(cell(file.kind()))
                        .append(" | ").append(file.action().name())
                        .append(" | ").append(result(file))
                        .append(" | ").append(cell(String.join(", ", file.entities())))
                        .append(" | ").append(cell(file.detail()))
                        .append(" |\n");
            }
        }

        md.append("\n## Files to complete\n\n");
        if (plan.userFiles().isEmpty()) {
            md.append("None.\n");
        } else {
            md.append("Written once for you (never regenerated); still to do while they hold `")
                    .append(UserFile.TODO_MARKER).append("`.\n\n");
            for (UserFile file : plan.userFiles()) {
                md.append("- `").append(file.path()).append("`: ").append(file.todo() ? "TODO" : "done")
                        .append('\n');
            }
        }

        md.append("\n## Decisions\n\n");
        List<Decision> decisions = decisions();
        if (decisions.isEmpty()) {
            md.append("None.\n");
        }
        for (Decision decision : decisions) {
            md.append("- **").append(decision.subject()).append("**: ").append(decision.text());
            if (decision.location() != null) {
                md.append(" (`").append(decision.location()).append("`)");
            }
            md.append('\n');
        }

        md.append("\n## Diagnostics\n\n");
        List<Diagnostic> diagnostics = diagnostics();
        if (diagnostics.isEmpty()) {
            md.append("None.\n");
        }
        for (Diagnostic diagnostic : diagnostics) {
            md.append("- ").append(diagnostic.severity().name()).append(": `").append(diagnostic.format())
                    .append("`\n");
        }
        return md.toString();
    }

    private String result(PlannedFile file) {
        return results.getOrDefault(file.path(), file.isConflict() ? "kept (conflict)" : "not written");
    }

    private long count(String result) {
        return results.values().stream().filter(result::equals).count();
    }

    private List<Decision> decisions() {
        return plan.design().decisions().stream()
                .sorted(Comparator.comparing(Decision::subject).thenComparing(Decision::text))
                .toList();
    }

    private List<Diagnostic> diagnostics() {
        return plan.design().diagnostics().stream().sorted().toList();
    }

    private List<EntityRow> entities() {
        List<EntityRow> rows = new ArrayList<>();
        if (plan.design().vault() != null) {
            for (Entity entity : plan.design().vault().entities()) {
                rows.add(new EntityRow(entity.name(), entity.spec() == null ? null : entity.spec().file(),
                        entity.description(), entity.businessKeyParts(), entity.sources(), filesOf(entity.name())));
            }
        } else {
            for (EntitySpec spec : plan.design().entities()) {
                if (spec.name() == null || spec.name().value() == null) {
                    continue;
                }
                List<String> key = spec.hub() == null ? List.of() : names(spec.hub().businessKey());
                List<String> sources = spec.hub() == null ? List.of() : names(spec.hub().sources());
                rows.add(new EntityRow(spec.name().value(), spec.specFile(), spec.description(), key, sources,
                        List.of()));
            }
        }
        rows.sort(Comparator.comparing(EntityRow::name).thenComparing(r -> r.spec() == null ? "" : r.spec()));
        return rows;
    }

    private static List<String> names(List<Ident> idents) {
        return idents == null ? List.of() : idents.stream().map(Ident::value).toList();
    }

    private List<String> filesOf(String entity) {
        if (filesByEntity == null) {
            // one pass over the files: asking every file about every entity was quadratic
            filesByEntity = new java.util.HashMap<>();
            plan.files().forEach(f -> f.entities().forEach(e ->
                    filesByEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(f.path())));
        }
        return List.copyOf(filesByEntity.getOrDefault(entity, List.of()));
    }

    private Map<String, List<String>> filesByEntity;

    /** A Markdown table cell: no line breaks, pipes escaped. */
    private static String cell(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ");
    }
}
