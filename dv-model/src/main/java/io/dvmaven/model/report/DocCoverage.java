package io.dvmaven.model.report;

import io.dvmaven.model.project.DbtProject;
import io.dvmaven.model.project.ModelFile;
import io.dvmaven.model.project.SchemaColumn;
import io.dvmaven.model.project.SchemaModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How many of the models' columns carry a description, per model and overall, and the minimum a build asks for.
 * Only descriptions someone wrote count: the generator never makes one up, so a column without one is listed.
 *
 * @param models         every model with its columns, sorted by name
 * @param minimumPercent the share of documented columns below which verify fails; 0 for no minimum
 */
public record DocCoverage(List<ModelCoverage> models, int minimumPercent) {

    public DocCoverage {
        models = models.stream().sorted(Comparator.comparing(ModelCoverage::model)).toList();
        if (minimumPercent < 0 || minimumPercent > 100) {
            throw new IllegalArgumentException("minimum documentation coverage must be 0..100, got "
                    + minimumPercent);
        }
    }

    /**
     * One model's columns.
     *
     * @param model      model name
     * @param path       its SQL file, relative to the dbt project
     * @param columns    columns listed in its properties
     * @param missing    those without a description, in file order
     * @param documented false when no properties entry lists the model at all
     */
    public record ModelCoverage(String model, String path, int columns, List<String> missing, boolean documented) {
        public ModelCoverage {
            missing = List.copyOf(missing);
        }

        public int percent() {
            return DocCoverage.percent(columns - missing.size(), columns);
        }
    }

    /** Nothing measured, no minimum (verify without a project scan). */
    public static DocCoverage none() {
        return new DocCoverage(List.of(), 0);
    }

    /** Coverage of every model of {@code project}. */
    public static DocCoverage of(DbtProject project, int minimumPercent) {
        List<ModelCoverage> models = new ArrayList<>();
        for (ModelFile model : project.models()) {
            Optional<SchemaModel> properties = project.schemaModel(model.name());
            List<String> missing = new ArrayList<>();
            int columns = 0;
            if (properties.isPresent()) {
                for (SchemaColumn column : properties.get().columns()) {
                    columns++;
                    if (column.description() == null || column.description().isBlank()) {
                        missing.add(column.name());
                    }
                }
            }
            models.add(new ModelCoverage(model.name(), model.path(), columns, missing, properties.isPresent()));
        }
        return new DocCoverage(models, minimumPercent);
    }

    public int columns() {
        return models.stream().mapToInt(ModelCoverage::columns).sum();
    }

    public int documentedColumns() {
        return columns() - models.stream().mapToInt(m -> m.missing().size()).sum();
    }

    /** Documented share of all columns, rounded down; 100 when there are none. */
    public int percent() {
        return percent(documentedColumns(), columns());
    }

    /** True when a minimum is set and the coverage is below it. */
    public boolean failed() {
        return minimumPercent > 0 && percent() < minimumPercent;
    }

    /** {@code 41 of 60 columns (68%)}, with the minimum when one is set. */
    public String summary() {
        return documentedColumns() + " of " + columns() + " columns described (" + percent() + "%"
                + (minimumPercent > 0 ? ", minimum " + minimumPercent + "%" : "") + ")";
    }

    private static int percent(int documented, int total) {
        return total == 0 ? 100 : (int) (documented * 100L / total);
    }
}
