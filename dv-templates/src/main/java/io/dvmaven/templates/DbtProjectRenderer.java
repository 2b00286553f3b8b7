package io.dvmaven.templates;

import io.dvmaven.model.vault.Attribute;
import io.dvmaven.model.vault.BusinessRule;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.Entity;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawSource;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.DerivedView;
import io.dvmaven.templates.Views.HashView;
import io.dvmaven.templates.Views.HubView;
import io.dvmaven.templates.Views.LinkView;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.NoView;
import io.dvmaven.templates.Views.RuleTemplateView;
import io.dvmaven.templates.Views.SatView;
import io.dvmaven.templates.Views.SchemaView;
import io.dvmaven.templates.Views.SourcesView;
import io.dvmaven.templates.Views.StageView;
import io.dvmaven.templates.Views.TableDoc;
import io.dvmaven.templates.Views.TestDoc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Renders a resolved vault into dbt project files, in memory. Deterministic: same vault, same bytes. */
public final class DbtProjectRenderer {

    /** Generic tests the generated schema.yml files use, shipped so no package is needed. */
    static final List<String> GENERIC_TESTS = List.of("dv_expression_is_true", "dv_unique_combination_of_columns");
    static final String SHIMS = "automate_dv_duckdb_shims";

    private static final Pattern PLAIN_YAML = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Indentation of a column-level test's continuation lines in schema.yml. */
    private static final String COLUMN_TEST_INDENT = " ".repeat(14);
    /** Indentation of a model-level test's continuation lines in schema.yml. */
    private static final String MODEL_TEST_INDENT = " ".repeat(10);

    private final RenderOptions options;
    private final TemplateEngine engine;
    private final String ldts;
    private final String rsrc;

    public DbtProjectRenderer(RenderOptions options) {
        this.options = options;
        this.engine = new TemplateEngine(options.templateDirectory());
        this.ldts = options.naming().loadTimestampColumn();
        this.rsrc = options.naming().recordSourceColumn();
    }

    /** Every file for the vault, sorted by path. */
    public List<RenderedFile> render(Vault vault) throws TemplateException {
        List<RenderedFile> rendered = new ArrayList<>();
        for (PendingFile file : files(vault)) {
            rendered.add(render(file));
        }
        return List.copyOf(rendered);
    }

    /**
     * Every file for the vault, sorted by path, with what it depends on but not yet rendered: callers render
     * only the files they need, on as many threads as they like ({@link #render(PendingFile)} is thread-safe).
     */
    public List<PendingFile> files(Vault vault) {
        Context ctx = new Context(vault);
        List<PendingFile> files = new ArrayList<>();
        Map<String, List<ModelDocEntry>> docsByFolder = new TreeMap<>();

        for (Stage stage : vault.stages()) {
            files.add(file("models/" + stage.folder() + "/" + stage.model() + ".sql", "stage", "stage.sql.mustache",
                    () -> stageView(stage), List.of(stage.entity()), List.of(stage.source()), List.of(stage.spec())));
            addDoc(docsByFolder, stage.folder(), stage.model(), () -> stageDoc(ctx, stage), stage.entity(),
                    List.of(stage.source()),
                    List.of(stage.spec()));
        }
        for (RawSource source : vault.rawSources()) {
            Set<String> entities = new TreeSet<>();
            Set<SpecRef> specs = new TreeSet<>();
            source.tables().forEach(t -> {
                entities.add(t.entity());
                specs.add(t.spec());
            });
            files.add(file("models/" + source.folder() + "/sources.yml", "sources", "sources.yml.mustache",
                    () -> sourcesView(source), List.copyOf(entities), List.of(source.system()), List.copyOf(specs)));
        }
        for (Hub hub : vault.hubs()) {
            files.add(file("models/" + hub.folder() + "/" + hub.model() + ".sql", "hub", "hub.sql.mustache",
                    () -> hubView(hub), List.of(hub.entity().name()), hub.sourceSystems(), hub.specs()));
            addDoc(docsByFolder, hub.folder(), hub.model(), () -> hubDoc(ctx, hub), hub.entity().name(),
                    hub.sourceSystems(), hub.specs());
        }
        for (Link link : vault.links()) {
            List<String> entities = link.hubs().stream().map(LinkedHub::entity).sorted().toList();
            files.add(file("models/" + link.folder() + "/" + link.model() + ".sql", "link", "link.sql.mustache",
                    () -> linkView(link), entities, link.sources(), List.of(link.spec())));
            addDoc(docsByFolder, link.folder(), link.model(), () -> linkDoc(ctx, link), entities, link.sources(),
                    List.of(link.spec()));
        }
        for (Satellite sat : vault.satellites()) {
            files.add(file("models/" + sat.folder() + "/" + sat.model() + ".sql", "satellite", "sat.sql.mustache",
                    () -> satView(sat), List.of(sat.entity()), List.of(sat.source()), List.of(sat.spec())));
            addDoc(docsByFolder, sat.folder(), sat.model(), () -> satDoc(ctx, sat), sat.entity(),
                    List.of(sat.source()),
                    List.of(sat.spec()));
        }
        addBusinessRules(vault, docsByFolder, files);

        for (Map.Entry<String, List<ModelDocEntry>> folder : docsByFolder.entrySet()) {
            List<ModelDocEntry> entries = folder.getValue().stream()
                    .sorted(Comparator.comparing(ModelDocEntry::model)).toList();
            Set<String> entities = new TreeSet<>();
            Set<String> sources = new TreeSet<>();
            Set<SpecRef> specs = new TreeSet<>();
            entries.forEach(e -> {
                entities.addAll(e.entities);
                sources.addAll(e.sources);
                specs.addAll(e.specs);
            });
            files.add(file("models/" + folder.getKey() + "/schema.yml", "schema", "schema.yml.mustache",
                    () -> new SchemaView(new LazyDocs(entries)), List.copyOf(entities),
                    List.copyOf(sources), List.copyOf(specs)));
        }
        for (String test : GENERIC_TESTS) {
            files.add(file("macros/dv/" + test + ".sql", "macro", test + ".sql.mustache", NoView::new,
                    List.of(), List.of(), List.of()));
        }
        for (String macros : TargetMacros.files(options.target(), options.duckdbShims())) {
            files.add(file("macros/dv/" + macros + ".sql", "macro", macros + ".sql.mustache", NoView::new,
                    List.of(), List.of(), List.of()));
        }
        files.sort(Comparator.comparing(PendingFile::path));
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).path().equals(files.get(i - 1).path())) {
                throw new IllegalStateException("two generated files share the path " + files.get(i).path()
                        + "; the naming conventions must give every object its own name");
            }
        }
        return List.copyOf(files);
    }

    private PendingFile file(String path, String kind, String template, Supplier<Object> view,
                             List<String> entities, List<String> sources, List<SpecRef> specs) {
        return new PendingFile(path, kind, template, entities.stream().distinct().sorted().toList(),
                sources.stream().distinct().sorted().toList(), specs.stream().distinct().sorted().toList(), view);
    }

    /** Renders one file of {@link #files(Vault)}: its template over its view, behind the generated header. */
    public RenderedFile render(PendingFile file) throws TemplateException {
        StringBuilder body = engine.renderToBuilder(file.template(), file.view().get());
        String content = GeneratedHeader.compose(file.path(), options.generatorVersion(), file.entities(),
                file.sources(), file.specs(), options.generatedAt(), body);
        return new RenderedFile(file.path(), content, file.kind(), file.entities(), file.specs());
    }

    /**
     * Renders one file as {@link #render(PendingFile)} does, but a folder-wide file (schema.yml, sources.yml)
     * whose body runs longer than {@code memoryLimit} characters
     * is streamed into a file from {@code spillFiles} instead of being held: the result is then a
     * {@link SpilledFile}, whose header followed by the file's bytes are exactly the content
     * {@link #render(PendingFile)} gives.
     */
    public Rendering render(PendingFile file, long memoryLimit, SpillFiles spillFiles)
            throws TemplateException, java.io.IOException {
        if (!FOLDER_WIDE.contains(file.kind())) {
            return render(file); // one model's file: small, rendered straight into a builder
        }
        SpillingBody body = new SpillingBody(memoryLimit, spillFiles::newFile);
        try {
            engine.renderTo(file.template(), file.view().get(), body);
        } catch (SpillingBody.SinkFailure e) {
            deleteSpill(body);
            throw e.getCause();
        } catch (TemplateException | RuntimeException e) {
            deleteSpill(body);
            throw e;
        }
        StringBuilder memory;
        try {
            memory = body.finish();
        } catch (java.io.IOException e) {
            deleteSpill(body);
            throw e;
        }
        if (memory != null) {
            String content = GeneratedHeader.compose(file.path(), options.generatorVersion(), file.entities(),
                    file.sources(), file.specs(), options.generatedAt(), memory);
            return new RenderedFile(file.path(), content, file.kind(), file.entities(), file.specs());
        }
        String header = GeneratedHeader.header(file.path(), options.generatorVersion(), file.entities(),
                file.sources(), file.specs(), options.generatedAt(), body.checksum());
        return new SpilledFile(file.path(), header, body.file(), file.kind(), file.entities(), file.specs());
    }

    private static void deleteSpill(SpillingBody body) {
        if (body.file() != null) {
            try {
                java.nio.file.Files.deleteIfExists(body.file());
            } catch (java.io.IOException ignored) {
                // a temporary file; the caller's spill folder is removed as a whole
            }
        }
    }

    /** Kinds of file that list every model or table of a folder, and so grow with the design. */
    private static final Set<String> FOLDER_WIDE = Set.of("schema", "sources");

    /** Where large bodies are streamed to. */
    @FunctionalInterface
    public interface SpillFiles {
        /** A new, empty file that the renderer may fill. */
        java.nio.file.Path newFile() throws java.io.IOException;
    }

    /** Content hash of every template a render can use: built-in ones, each replaced by a user override. */
    public java.util.SortedMap<String, String> templateHashes() {
        return engine.templateHashes();
    }

    // ---- SQL views ----------------------------------------------------------------------------------

    private StageView stageView(Stage stage) {
        List<DerivedView> derived = stage.derivedColumns().stream()
                .map(d -> new DerivedView(d.name(), yamlScalar(d.expression()))).toList();
        List<HashView> hashed = stage.hashedColumns().stream().map(h -> {
            boolean single = !h.hashdiff() && h.columns().size() == 1;
            return new HashView(h.name(), h.hashdiff(), single, single ? h.columns().get(0) : "",
                    Views.items(h.columns()));
        }).toList();
        return new StageView(stage.model(), stage.rawSourceName(), stage.rawTable(), derived, hashed);
    }

    private HubView hubView(Hub hub) {
        List<String> stages = hub.stageModels().stream().distinct().toList();
        return new HubView(hub.model(), hub.hashKey(), hub.businessKeyColumns().size() > 1,
                hub.businessKeyColumns().get(0), Views.items(hub.businessKeyColumns()), stages.size() > 1,
                stages.get(0), Views.items(stages), ldts, rsrc);
    }

    private LinkView linkView(Link link) {
        return new LinkView(link.model(), link.hashKey(),
                Views.items(link.hubs().stream().map(LinkedHub::hashKey).toList()), link.stageModels().size() > 1,
                link.stageModels().get(0), Views.items(link.stageModels()), ldts, rsrc);
    }

    private SatView satView(Satellite sat) {
        return new SatView(sat.model(), sat.hashKey(), sat.hashdiff(),
                Views.items(sat.payload().stream().map(Attribute::name).toList()), sat.stageModel(), ldts, rsrc);
    }

    private SourcesView sourcesView(RawSource source) {
        // Several entities may read the same table: one table entry, columns merged in first-seen order.
        Map<String, List<RawTable>> byName = new TreeMap<>();
        source.tables().forEach(t -> byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t));
        List<TableDoc> tables = new ArrayList<>();
        byName.forEach((name, reads) -> {
            Map<String, RawColumn> columns = new LinkedHashMap<>();
            reads.forEach(t -> t.columns().forEach(c -> columns.putIfAbsent(c.name(), c)));
            String readBy = reads.stream().map(RawTable::entity).distinct().sorted().collect(Collectors.joining(", "));
            String tableDescription = reads.stream().map(RawTable::description).filter(d -> d != null && !d.isBlank())
                    .findFirst().orElse("Raw table " + source.schema() + "." + name + " of source system "
                            + source.system());
            tables.add(new TableDoc(name, yamlQuote(tableDescription + " (read for: " + readBy + ")"),
                    columns.values().stream().map(c -> new ColumnDoc(c.name(), yamlQuote(rawColumnDescription(c)),
                            false, List.of())).toList()));
        });
        return new SourcesView(source.name(), yamlQuote("Raw layer of source system " + source.system()
                + " (schema " + source.schema() + "), read by the generated staging models in models/"
                + source.folder()), source.schema(), tables);
    }

    private static String rawColumnDescription(RawColumn column) {
        if (column.description() != null && !column.description().isBlank()) {
            return column.description();
        }
        return switch (column.role()) {
            case BUSINESS_KEY -> "Business key column";
            case RELATED_BUSINESS_KEY -> "Business key of a related entity";
            case LOAD_TIMESTAMP -> "Load timestamp of the row";
            case ATTRIBUTE -> "Attribute";
        };
    }

    // ---- documentation and tests ----------------------------------------------------------------------

    /**
     * A model's entry in its folder's schema.yml. The document is built only when the schema file is rendered
     * (and dropped right after): held for every model at once, documents took most of the heap of a large design.
     *
     * @param ruleTests business rule tests appended to the model's own tests
     */
    private record ModelDocEntry(String model, Supplier<ModelDoc> base, List<TestDoc> ruleTests,
                                 List<String> entities, List<String> sources, List<SpecRef> specs) {
        ModelDoc doc() {
            ModelDoc doc = base.get();
            if (ruleTests.isEmpty()) {
                return doc;
            }
            List<TestDoc> tests = new ArrayList<>(doc.tests());
            tests.addAll(ruleTests);
            return new ModelDoc(doc.name(), doc.description(), true, List.copyOf(tests), doc.columns());
        }
    }

    /** The documents of a schema file, each built when the template reaches it. */
    private static final class LazyDocs extends java.util.AbstractList<ModelDoc> {
        private final List<ModelDocEntry> entries;

        LazyDocs(List<ModelDocEntry> entries) {
            this.entries = entries;
        }

        @Override
        public ModelDoc get(int index) {
            return entries.get(index).doc();
        }

        @Override
        public int size() {
            return entries.size();
        }
    }

    private static void addDoc(Map<String, List<ModelDocEntry>> docs, String folder, String model,
                               Supplier<ModelDoc> doc, String entity, List<String> sources, List<SpecRef> specs) {
        addDoc(docs, folder, model, doc, List.of(entity), sources, specs);
    }

    private static void addDoc(Map<String, List<ModelDocEntry>> docs, String folder, String model,
                               Supplier<ModelDoc> doc, List<String> entities, List<String> sources,
                               List<SpecRef> specs) {
        docs.computeIfAbsent(folder, k -> new ArrayList<>())
                .add(new ModelDocEntry(model, doc, List.of(), entities, sources, specs));
    }

    private ModelDoc stageDoc(Context ctx, Stage stage) {
        RawSource raw = ctx.rawSource(stage.source());
        String description = "Staging view of " + stage.entity() + " rows from source system " + stage.source()
                + " (" + (raw == null ? "" : raw.schema() + ".") + stage.rawTable() + "): adds the business key(s), "
                + "record source '" + stage.recordSource() + "' and load timestamp, and computes the hash keys and "
                + "hashdiffs the vault tables load from. Source columns are passed through unchanged.";
        List<ColumnDoc> columns = new ArrayList<>();
        Set<String> documented = new LinkedHashSet<>();
        for (DerivedColumn d : stage.derivedColumns()) {
            documented.add(d.name());
            columns.add(column(d.name(), orElse(d.description(), d.expression().startsWith("!")
                    ? "Constant " + d.expression().substring(1)
                    : "Copy of source column " + d.expression()), List.of()));
        }
        for (HashedColumn h : stage.hashedColumns()) {
            documented.add(h.name());
            columns.add(column(h.name(), orElse(h.description(), (h.hashdiff() ? "Hashdiff" : "Hash key")
                    + " over " + String.join(", ", h.columns())), List.of()));
        }
        for (Attribute a : stage.attributes()) {
            if (documented.add(a.name())) {
                columns.add(column(a.name(), attributeDescription(a, stage.entity()), List.of()));
            }
        }
        return new ModelDoc(stage.model(), yamlQuote(description), false, List.of(), columns);
    }

    private ModelDoc hubDoc(Context ctx, Hub hub) {
        Entity entity = hub.entity();
        String keyParts = String.join(", ", entity.businessKeyParts());
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(entity.name())).append(" Hub\n\n");
        md.append("**Business Entity**: ").append(orElse(entity.description(), title(entity.name()))).append("\n\n");
        md.append("**Business Key**: ").append(keyParts)
                .append(entity.compositeKey() ? " (composite key, columns " : " (column ")
                .append(String.join(", ", hub.businessKeyColumns())).append(")\n\n");
        md.append("**Source Systems**:\n");
        for (HubSource s : hub.sources()) {
            md.append("- ").append(s.source()).append(" (").append(String.join(" + ", s.keyFields()))
                    .append(") via ").append(s.stageModel());
            if (s.viaLink() != null) {
                md.append(", carried by link ").append(s.viaLink());
            }
            md.append('\n');
        }
        List<String> related = new ArrayList<>();
        for (String linkModel : hub.links()) {
            Link link = ctx.links.get(linkModel);
            if (link == null) {
                continue;
            }
            for (LinkedHub other : link.hubs()) {
                if (!other.entity().equals(entity.name())) {
                    related.add("- " + title(other.entity()) + " (via " + link.model() + ")");
                }
            }
        }
        if (!related.isEmpty()) {
            md.append("\n**Related Entities**:\n").append(String.join("\n", related)).append('\n');
        }
        List<String> recordSources = ctx.recordSources(hub.stageModels());
        md.append("\n**Record Sources**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(entity.spec().file()).append('\n');

        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(hub.hashKey(), "Hash key of " + entity.name() + ": hash of the business key ("
                + String.join(", ", hub.businessKeyColumns()) + "); primary key of " + hub.model(),
                List.of(test("unique"), test("not_null"))));
        for (int i = 0; i < hub.businessKeyColumns().size(); i++) {
            int part = i;
            String fields = hub.sources().stream()
                    .map(s -> s.source() + "." + (part < s.keyFields().size() ? s.keyFields().get(part) : "?"))
                    .distinct().collect(Collectors.joining(", "));
            String what = entity.compositeKey()
                    ? "Business key part " + entity.businessKeyParts().get(i) + " of " + entity.name()
                    : "Business key of " + entity.name() + " (" + keyParts + ")";
            columns.add(column(hub.businessKeyColumns().get(i), what + ", the natural key from: " + fields,
                    List.of(test("not_null"))));
        }
        columns.add(recordSourceColumn("Record source of the stage that first delivered this " + entity.name()
                + " key", recordSources));
        columns.add(column(ldts, "Load timestamp of the first load of this " + entity.name() + " key",
                List.of(test("not_null"))));
        return new ModelDoc(hub.model(), yamlBlock(md.toString(), "      "), false, List.of(), columns);
    }

    private ModelDoc linkDoc(Context ctx, Link link) {
        List<String> entities = link.hubs().stream().map(LinkedHub::entity).toList();
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(link.name())).append(" Link\n\n");
        md.append("**Relationship**: ").append(link.name()).append(" between ")
                .append(String.join(" and ", entities));
        if (link.relationshipType() != null) {
            md.append(" (").append(link.relationshipType()).append(')');
        }
        md.append("\n\n");
        if (link.description() != null && !link.description().isBlank()) {
            md.append("**Description**: ").append(link.description()).append("\n\n");
        }
        md.append("**Hubs**:\n");
        link.hubs().forEach(h -> md.append("- ").append(title(h.entity())).append(": ").append(h.hubModel())
                .append(" (").append(h.hashKey()).append(")\n"));
        md.append("\n**Source Systems**: ").append(String.join(", ", link.sources()))
                .append(" (").append(String.join(", ", link.stageModels())).append(")\n\n");
        List<String> recordSources = ctx.recordSources(link.stageModels());
        md.append("**Record Sources**: ").append(String.join(", ", recordSources)).append("\n\n");
        md.append("**Spec**: ").append(link.spec().file()).append('\n');

        List<String> keyInputs = link.hubs().stream().flatMap(h -> h.businessKeyColumns().stream()).toList();
        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(link.hashKey(), "Hash key of the " + link.name() + " relationship: hash of "
                + String.join(", ", keyInputs) + "; primary key of " + link.model(),
                List.of(test("unique"), test("not_null"))));
        for (LinkedHub hub : link.hubs()) {
            columns.add(column(hub.hashKey(), "Hash key of the " + hub.entity() + " in this relationship; "
                    + "foreign key to " + hub.hubModel(), List.of(test("not_null"),
                    relationships(hub.hubModel(), hub.hashKey(), COLUMN_TEST_INDENT))));
        }
        columns.add(recordSourceColumn("Record source of the stage that first delivered this relationship",
                recordSources));
        columns.add(column(ldts, "Load timestamp of the first load of this relationship",
                List.of(test("not_null"))));
        return new ModelDoc(link.model(), yamlBlock(md.toString(), "      "), false, List.of(), columns);
    }

    private ModelDoc satDoc(Context ctx, Satellite sat) {
        Entity entity = ctx.entities.get(sat.entity());
        Stage stage = ctx.stages.get(sat.stageModel());
        RawSource raw = ctx.rawSource(sat.source());
        StringBuilder md = new StringBuilder();
        md.append("## ").append(title(sat.entity())).append(' ').append(title(sat.group()))
                .append(" Satellite (").append(sat.source()).append(")\n\n");
        md.append("**Business Entity**: ").append(sat.entity());
        if (entity != null && entity.description() != null) {
            md.append(": ").append(entity.description());
        }
        md.append("\n\n**Attribute Group**: ").append(sat.group());
        if (sat.description() != null && !sat.description().isBlank()) {
            md.append(": ").append(sat.description());
        }
        md.append("\n\n**Parent Hub**: ").append(sat.hubModel()).append(" (").append(sat.hashKey()).append(")\n\n");
        md.append("**Source System**: ").append(sat.source());
        if (stage != null) {
            md.append(", table ").append(raw == null ? "" : raw.schema() + ".").append(stage.rawTable())
                    .append(" via ").append(sat.stageModel());
        }
        md.append("\n\n**Record Source**: ").append(String.join(", ", ctx.recordSources(List.of(sat.stageModel()))))
                .append("\n\n");
        md.append("**Change Detection**: a new row is stored when ").append(sat.hashdiff())
                .append(" (hash of the payload) differs from the latest row of the key\n\n");
        md.append("**Spec**: ").append(sat.spec().file()).append('\n');

        List<ColumnDoc> columns = new ArrayList<>();
        columns.add(column(sat.hashKey(), "Hash key of the " + sat.entity() + "; foreign key to " + sat.hubModel(),
                List.of(test("not_null"), relationships(sat.hubModel(), sat.hashKey(), COLUMN_TEST_INDENT))));
        columns.add(column(sat.hashdiff(), "Hashdiff of the " + sat.group() + " payload ("
                + sat.payload().stream().map(Attribute::name).sorted().collect(Collectors.joining(", "))
                + "); a change creates a new satellite row", List.of(test("not_null"))));
        for (Attribute a : sat.payload()) {
            columns.add(column(a.name(), attributeDescription(a, sat.entity()) + " (from " + sat.source() + "."
                    + a.sourceColumn() + ")", List.of()));
        }
        columns.add(recordSourceColumn("Record source of this row", ctx.recordSources(List.of(sat.stageModel()))));
        columns.add(column(ldts, "Load timestamp of this version of the " + sat.group() + " attributes",
                List.of(test("not_null"))));
        List<TestDoc> tests = List.of(new TestDoc("dv_unique_combination_of_columns:\n" + MODEL_TEST_INDENT
                + "combination_of_columns: [" + sat.hashKey() + ", " + ldts + "]"));
        return new ModelDoc(sat.model(), yamlBlock(md.toString(), "      "), true, tests, columns);
    }

    private void addBusinessRules(Vault vault, Map<String, List<ModelDocEntry>> docs, List<PendingFile> files) {
        Map<String, ModelDocEntry> byModel = new TreeMap<>();
        Map<String, String> folderOf = new TreeMap<>();
        // positions instead of indexOf: equals on these records compares whole documents
        Map<String, Integer> positionOf = new java.util.HashMap<>();
        docs.forEach((folder, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                ModelDocEntry e = entries.get(i);
                byModel.put(e.model(), e);
                folderOf.put(e.model(), folder);
                positionOf.put(e.model(), i);
            }
        });
        for (BusinessRule rule : vault.businessRules()) {
            String severity = rule.severity() == null ? "error" : rule.severity();
            if (rule.isTemplate()) {
                List<String> models = rule.models();
                files.add(file("tests/business_rules/" + rule.entity() + "_" + rule.name() + ".sql", "test",
                        "business_rule_test.sql.mustache",
                        () -> new RuleTemplateView(rule.name(), rule.entity(), orElse(rule.description(), rule.name()),
                                severity, Views.items(models), models.get(0)),
                        List.of(rule.entity()), List.of(), List.of(rule.spec())));
                continue;
            }
            for (String model : rule.models()) {
                ModelDocEntry entry = byModel.get(model);
                if (entry == null) {
                    throw new IllegalStateException("business rule " + rule.name() + " names model " + model
                            + ", which the vault does not have");
                }
                String ind = MODEL_TEST_INDENT;
                TestDoc test = new TestDoc("dv_expression_is_true:\n" + ind + "name: " + rule.entity() + "_"
                        + rule.name() + "__" + model + "\n" + ind + "description: "
                        + yamlQuote(orElse(rule.description(), rule.name())) + "\n" + ind + "expression: "
                        + yamlQuote(rule.condition()) + "\n" + ind + "config:\n" + ind + "  severity: " + severity);
                List<TestDoc> tests = new ArrayList<>(entry.ruleTests());
                tests.add(test);
                List<ModelDocEntry> folderEntries = docs.get(folderOf.get(model));
                ModelDocEntry replacement = new ModelDocEntry(model, entry.base(), List.copyOf(tests),
                        entry.entities(), entry.sources(),
                        union(entry.specs, rule.spec()));
                folderEntries.set(positionOf.get(model), replacement);
                byModel.put(model, replacement);
            }
        }
    }

    private static List<SpecRef> union(List<SpecRef> specs, SpecRef extra) {
        Set<SpecRef> all = new TreeSet<>(specs);
        all.add(extra);
        return List.copyOf(all);
    }

    private ColumnDoc recordSourceColumn(String what, List<String> recordSources) {
        String values = recordSources.stream().map(DbtProjectRenderer::yamlSingleQuote)
                .collect(Collectors.joining(", "));
        return column(rsrc, what + " (one of: " + String.join(", ", recordSources) + ")",
                List.of(test("not_null"), new TestDoc("accepted_values:\n" + COLUMN_TEST_INDENT + "values: ["
                        + values + "]")));
    }

    private static ColumnDoc column(String name, String description, List<TestDoc> tests) {
        return new ColumnDoc(name, yamlQuote(description), !tests.isEmpty(), tests);
    }

    private static TestDoc test(String name) {
        return new TestDoc(name);
    }

    private static TestDoc relationships(String hubModel, String hashKey, String indent) {
        return new TestDoc("relationships:\n" + indent + "to: ref('" + hubModel + "')\n" + indent + "field: "
                + hashKey);
    }

    private static String attributeDescription(Attribute a, String entity) {
        return orElse(a.description(), title(a.name()) + " of the " + entity);
    }

    // ---- text helpers -------------------------------------------------------------------------------

    static String title(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean wordStart = true;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_') {
                wordStart = true;
                continue;
            }
            if (wordStart && !out.isEmpty()) {
                out.append(' ');
            }
            out.append(wordStart ? Character.toUpperCase(c) : c);
            wordStart = false;
        }
        return out.toString();
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A YAML double-quoted scalar. */
    static String yamlQuote(String text) {
        if (!needsEscape(text)) {
            return "\"" + text + "\"";
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean needsEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    static String yamlSingleQuote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A plain YAML scalar when it is a simple identifier, otherwise single-quoted (e.g. {@code '!LEGACY'}). */
    static String yamlScalar(String text) {
        return PLAIN_YAML.matcher(text).matches() ? text : yamlSingleQuote(text);
    }

    /** A literal block scalar ({@code |}) whose lines are indented by {@code indent}; blank lines stay empty. */
    static String yamlBlock(String text, String indent) {
        String body = text.lines().map(l -> l.isBlank() ? "" : indent + l).collect(Collectors.joining("\n"));
        return "|\n" + body;
    }

    /** Lookups shared by the documentation builders. */
    private static final class Context {
        final Map<String, Entity> entities;
        final Map<String, Stage> stages;
        final Map<String, Link> links;
        final Map<String, RawSource> rawSources;

        Context(Vault vault) {
            entities = index(vault.entities(), Entity::name);
            stages = index(vault.stages(), Stage::model);
            links = index(vault.links(), Link::model);
            rawSources = index(vault.rawSources(), RawSource::system);
        }

        RawSource rawSource(String system) {
            return rawSources.get(system);
        }

        /** Record source values written by these staging models, sorted, distinct. */
        List<String> recordSources(List<String> stageModels) {
            return stageModels.stream().map(stages::get).filter(s -> s != null).map(Stage::recordSource)
                    .distinct().sorted().toList();
        }

        private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
            Map<String, T> map = new TreeMap<>();
            items.forEach(i -> map.put(key.apply(i), i));
            return map;
        }
    }
}
