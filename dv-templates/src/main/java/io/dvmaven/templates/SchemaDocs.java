package io.dvmaven.templates;

import io.dvmaven.model.target.ModelContracts.Contract;
import io.dvmaven.model.vault.SpecRef;
import io.dvmaven.templates.Views.ColumnDoc;
import io.dvmaven.templates.Views.ModelDoc;
import io.dvmaven.templates.Views.SchemaView;
import io.dvmaven.templates.Views.TestDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The models' properties files: every kind adds its models' documentation and tests here, and this class alone
 * decides how they are assembled into files (one per model). Documents are built only when a file is rendered
 * (and dropped right after): held for every model at once, they took most of the heap of a large design.
 */
public final class SchemaDocs {

    /** File kind of a model's properties file. */
    public static final String KIND = "schema";

    /** Templates the schema files are rendered with, by the names users override them with. */
    public static final List<String> TEMPLATES = List.of("schema.yml.mustache", "partials/column.mustache");

    private final Map<String, List<Entry>> byFolder = new TreeMap<>();
    private final Map<String, Entry> byModel = new HashMap<>();
    private final Map<String, Contract> contracts;

    /** Properties without model contracts. */
    public SchemaDocs() {
        this(Map.of());
    }

    /** @param contracts the models' dbt contracts by model name; a model with an enforced one gets it */
    public SchemaDocs(Map<String, Contract> contracts) {
        this.contracts = contracts;
    }

    /** Adds a model's properties file in {@code folder}; {@code doc} is called each time it renders. */
    public void add(String folder, String model, Supplier<ModelDoc> doc, List<String> entities,
                    List<String> sources, List<SpecRef> specs) {
        Entry entry = new Entry(model, doc, entities, sources, specs);
        byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(entry);
        byModel.put(model, entry);
    }

    /** True when a kind added an entry for {@code model}. */
    public boolean hasModel(String model) {
        return byModel.containsKey(model);
    }

    /** Appends a model-level test to a model's own tests; {@code spec} is what the test comes from. */
    public void addModelTest(String model, TestDoc test, SpecRef spec) {
        Entry entry = byModel.get(model);
        if (entry == null) {
            throw new IllegalStateException("no schema entry for model " + model);
        }
        entry.extraTests.add(test);
        entry.specs.add(spec);
    }

    /**
     * One properties file per model, {@code models/<folder>/<model>.yml} beside its SQL: it depends only on the
     * specs of that model, so two branches that touch different specs never change the same file.
     */
    public List<PendingFile> files() {
        List<PendingFile> files = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> folder : byFolder.entrySet()) {
            for (Entry entry : folder.getValue()) {
                ModelDocEntry frozen = entry.freeze(contracts.get(entry.model));
                files.add(PendingFile.of(propertiesPath(folder.getKey(), frozen.model()), KIND, TEMPLATES.get(0),
                        () -> new SchemaView(List.of(frozen.doc())), frozen.entities(), frozen.sources(),
                        frozen.specs()));
            }
        }
        return files;
    }

    /** Where a model's properties (description, columns, tests) are written. */
    public static String propertiesPath(String folder, String model) {
        return "models/" + folder + "/" + model + ".yml";
    }

    /** A model's entry while kinds still add to it. */
    private static final class Entry {
        final String model;
        final Supplier<ModelDoc> base;
        final List<TestDoc> extraTests = new ArrayList<>();
        final List<String> entities;
        final List<String> sources;
        final Set<SpecRef> specs;

        Entry(String model, Supplier<ModelDoc> base, List<String> entities, List<String> sources,
              List<SpecRef> specs) {
            this.model = model;
            this.base = base;
            this.entities = entities;
            this.sources = sources;
            this.specs = new TreeSet<>(specs);
        }

        ModelDocEntry freeze(Contract contract) {
            return new ModelDocEntry(model, base, List.copyOf(extraTests), entities, sources, List.copyOf(specs),
                    contract != null && contract.enforced() ? contract.columns() : null);
        }
    }

    /**
     * A model's entry, immutable once the files are known (rendered on many threads).
     *
     * @param extraTests tests other kinds (business rules) append to the model's own tests
     * @param contract   the column types of the model's enforced contract, or {@code null} without one
     */
    private record ModelDocEntry(String model, Supplier<ModelDoc> base, List<TestDoc> extraTests,
                                 List<String> entities, List<String> sources, List<SpecRef> specs,
                                 Map<String, String> contract) {
        ModelDoc doc() {
            ModelDoc doc = base.get();
            if (extraTests.isEmpty() && contract == null) {
                return doc;
            }
            List<TestDoc> tests = new ArrayList<>(doc.tests());
            tests.addAll(extraTests);
            return new ModelDoc(doc.name(), doc.description(), doc.hasTests() || !extraTests.isEmpty(),
                    List.copyOf(tests), contract == null ? doc.columns() : typed(doc.columns()), contract != null);
        }

        /**
         * The columns with their contract types; a contract lists every column the model has, so the columns
         * the documentation leaves out (effective-from, extra columns) are added after the documented ones.
         */
        private List<ColumnDoc> typed(List<ColumnDoc> documented) {
            List<ColumnDoc> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ColumnDoc column : documented) {
                seen.add(column.name());
                columns.add(new ColumnDoc(column.name(), column.description(), column.hasTests(), column.tests(),
                        contract.get(column.name())));
            }
            contract.forEach((name, type) -> {
                if (!seen.contains(name)) {
                    columns.add(new ColumnDoc(name, null, false, List.of(), type));
                }
            });
            return List.copyOf(columns);
        }
    }
}
