package io.dvmaven.model.kinds.reftable;

import io.dvmaven.model.kinds.DesignCheck;
import io.dvmaven.model.kinds.EntityParts;
import io.dvmaven.model.kinds.Kind;
import io.dvmaven.model.kinds.VaultBuilder;
import io.dvmaven.model.kinds.sat.AttributeSpec;
import io.dvmaven.model.mermaid.DiagramCanvas;
import io.dvmaven.model.mermaid.KindDiagram;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.naming.NamingPattern;
import io.dvmaven.model.parse.SpecDocument;
import io.dvmaven.model.rules.MacroModelNameRule;
import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.spec.EntitySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference table ({@code automate_dv.ref_table}): reference data keyed by its natural code, no hash key,
 * insert-only (the first row of a code stays). A generated delivery model in front of it unions the delivering
 * tables and keeps one row per code, so that one and several sources load alike.
 */
public final class ReferenceTableKind implements Kind {

    public static final NamingPattern MODEL = new NamingPattern("referenceTableModel", "ref_{table}",
            Set.of("entity", "table"), Set.of("table"), "reference table model name");
    public static final NamingPattern HISTORY_MODEL = new NamingPattern("referenceSatelliteModel", "ref_s_{table}",
            Set.of("entity", "table"), Set.of("table"), "reference satellite model name (history of a reference "
            + "table)");
    public static final NamingPattern FOLDER = new NamingPattern("referenceTableFolder", "integration/reference",
            Set.of(), Set.of(), "folder of reference tables under models/");
    /** The delivery model is a staging model of this pseudo source: {@code stg_nation_reference}. */
    public static final String DELIVERY_SOURCE = "reference";
    /** Columns the delivery model uses to keep one row per code; never in its output. */
    public static final String PRIORITY_COLUMN = "dv_source_priority";
    public static final String RANK_COLUMN = "dv_code_rank";

    @Override
    public String id() {
        return "ref_table";
    }

    @Override
    public String section() {
        return ReferenceTableSection.SECTION;
    }

    @Override
    public void read(SpecDocument document, SpecDocument.Section top, EntityParts entity) {
        new ReferenceTableSection(document).read(top, entity);
    }

    @Override
    public void check(SpecDocument document, EntitySpec entity) {
        ReferenceTableSection.checkRenames(document, entity.part(ReferenceTableSpec.class));
    }

    @Override
    public void validate(DesignCheck design) {
        ReferenceTableValidation.check(design);
    }

    @Override
    public void declareModels(EntitySpec entity, DesignCheck design) {
        for (ReferenceTableSpec table : entity.part(ReferenceTableSpec.class)) {
            String name = table.name().value();
            design.model(modelName(design.naming(), name), "reference table '" + name + "'", table.name().location());
            design.model(deliveryModelName(design.naming(), name), "delivery model of reference table '" + name
                    + "'", table.name().location());
            if (table.history()) {
                design.model(historyModelName(design.naming(), name), "reference satellite of reference table '"
                        + name + "'", table.name().location());
            }
        }
    }

    static String modelName(NamingConventions naming, String table) {
        return naming.name(MODEL, Map.of("table", table));
    }

    static String historyModelName(NamingConventions naming, String table) {
        return naming.name(HISTORY_MODEL, Map.of("table", table));
    }

    /** The hashdiff of a reference table's attributes: the hashdiff pattern with the table as the group. */
    static String hashdiffName(NamingConventions naming, String entity, String table) {
        return naming.hashdiffName(entity, table);
    }

    static String deliveryModelName(NamingConventions naming, String table) {
        return naming.stagingModelName(table, DELIVERY_SOURCE);
    }

    @Override
    public void resolve(EntitySpec entity, VaultBuilder vault) {
        ReferenceTableResolver.resolve(entity, vault);
    }

    @Override
    public void complete(VaultBuilder vault) {
        ReferenceTableResolver.addRawTables(vault);
    }

    @Override
    public Optional<KindDiagram> diagram() {
        return Optional.of(new ReferenceTableDiagram());
    }

    @Override
    public List<NamingPattern> namingPatterns() {
        return List.of(MODEL, HISTORY_MODEL, FOLDER);
    }

    @Override
    public void draw(EntitySpec entity, NamingConventions naming, DiagramCanvas canvas) {
        for (ReferenceTableSpec table : entity.part(ReferenceTableSpec.class)) {
            List<String> attributes = table.attributes().stream().map(a -> "varchar " + a.name().value()).toList();
            List<String> columns = new ArrayList<>();
            columns.add("varchar " + table.code().name().value() + " PK");
            columns.addAll(attributes);
            String model = modelName(naming, table.name().value());
            canvas.table(model, DiagramCanvas.Style.REFERENCE, columns);
            if (table.history()) {
                String history = historyModelName(naming, table.name().value());
                List<String> satColumns = new ArrayList<>();
                satColumns.add("varchar " + table.code().name().value() + " FK");
                satColumns.add("binary " + hashdiffName(naming, entity.name().value(), table.name().value()));
                satColumns.addAll(attributes);
                canvas.table(history, DiagramCanvas.Style.SATELLITE, satColumns);
                canvas.relationship(model, history, "history");
            }
        }
    }

    @Override
    public List<NamingRule> rules() {
        return List.of(new MacroModelNameRule("DV032", "ref_table", MODEL, "reference table", false),
                new ReferenceSatelliteRule());
    }
}
