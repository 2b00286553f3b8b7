package io.dvmaven.model.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hub.null_columns: the opt-in to AutomateDV placeholders, and the guard of composite keys without it. */
class NullColumnsSpecTest {

    private static final String SPEC = """
            entity: {name: product}
            hub:
              business_key: [sku, variant]
              sources: [shop]
            %s
            source_mappings:
              shop: {schema: raw, table: products, key_field: [sku_no, variant_code]}
            """;

    @TempDir
    Path project;

    @Test
    void withoutNullColumnsEveryCompositePartIsGuarded() throws Exception {
        Stage stage = load(SPEC.formatted("")).vault().stages().get(0);
        assertThat(stage.nullColumns().isEmpty()).isTrue();
        DerivedColumn sku = stage.derivedColumns().get(0);
        assertThat(sku.generatedSql()).isTrue();
        assertThat(sku.expression()).isEqualTo("CASE WHEN TRIM(CAST(sku_no AS {{ dbt.type_string() }})) <> '' AND "
                + "TRIM(CAST(variant_code AS {{ dbt.type_string() }})) <> '' THEN sku_no END");
    }

    @Test
    void nullColumnsCopyThePartsAndListThemForTheStage() throws Exception {
        Stage stage = load(SPEC.formatted("  null_columns: {required: sku, optional: [variant]}")).vault().stages()
                .get(0);
        assertThat(stage.derivedColumns().get(0)).isEqualTo(new DerivedColumn("product_sku_bk", "sku_no",
                stage.derivedColumns().get(0).description()));
        assertThat(stage.nullColumns().required()).containsExactly("product_sku_bk");
        assertThat(stage.nullColumns().optional()).containsExactly("product_variant_bk");
    }

    @Test
    void everyPartMustBeListedOnceAndOnlyKeyParts() throws Exception {
        DesignResult partial = load(SPEC.formatted("  null_columns: {required: [sku]}"));
        assertThat(partial.diagnostics()).filteredOn(Diagnostic::isError).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("spec.null-columns");
            assertThat(d.location().line()).isEqualTo(5);
            assertThat(d.message()).isEqualTo("null_columns covers sku but not variant: a key either loads NULL "
                    + "parts as placeholders or drops incomplete rows");
        });
        DesignResult wrong = load(SPEC.formatted("  null_columns: {required: [sku, colour], optional: [sku]}"));
        assertThat(wrong.diagnostics()).filteredOn(Diagnostic::isError).extracting(d -> d.location().line() + ":"
                + d.location().column() + " " + d.message()).contains(
                "5:34 null_columns.required lists 'colour', which is not a business key part [sku, variant]",
                "5:54 key part 'sku' is listed more than once in null_columns");
    }

    @Test
    void aTransactionalLinkStagesTheRelatedKeyUnderTheRelatedHubsPolicy() throws Exception {
        String sale = """
                entity: {name: sale}
                hub: {business_key: [sale_id], sources: [till]}
                transactional_links:
                  - {name: sale_item, related_hubs: product, source: till, related_keys: {product: [sku, variant]},
                     transaction_key: receipt_no, effective_from: sold_at}
                source_mappings:
                  till: {schema: raw, table: sales, key_field: sale_id}
                """;
        Stage guarded = stage(load(SPEC.formatted(""), sale), "stg_sale_till");
        assertThat(guarded.derivedColumns()).filteredOn(d -> d.name().startsWith("product_"))
                .allSatisfy(d -> assertThat(d.generatedSql()).isTrue()).hasSize(2);
        assertThat(guarded.nullColumns().isEmpty()).isTrue();

        Stage placeholders = stage(load(SPEC.formatted("  null_columns: {required: sku, optional: variant}"), sale),
                "stg_sale_till");
        assertThat(placeholders.derivedColumns()).filteredOn(d -> d.name().startsWith("product_"))
                .extracting(DerivedColumn::expression).containsExactly("sku", "variant");
        assertThat(placeholders.nullColumns().required()).containsExactly("product_sku_bk");
        assertThat(placeholders.nullColumns().optional()).containsExactly("product_variant_bk");
    }

    @Test
    void hierarchicalLinkRolesAreGuardedAndNeverPlaceholders() throws Exception {
        String spec = SPEC.formatted("""
                  null_columns: {required: sku, optional: variant}
                hierarchical_links:
                  - name: product_family
                    roles: [parent, child]
                    sources: [shop]
                    role_keys:
                      shop: {parent: [parent_sku, parent_variant], child: [sku_no, variant_code]}""");
        Stage stage = stage(load(spec), "stg_product_shop");
        assertThat(stage.derivedColumns()).filteredOn(d -> d.name().startsWith("parent_"))
                .allSatisfy(d -> assertThat(d.expression()).startsWith("CASE WHEN TRIM(CAST(parent_sku AS"))
                .hasSize(2);
        assertThat(stage.nullColumns().required()).containsExactly("product_sku_bk");
        assertThat(stage.nullColumns().optional()).containsExactly("product_variant_bk");
    }

    private static Stage stage(DesignResult design, String model) {
        assertThat(design.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        return design.vault().stages().stream().filter(s -> s.model().equals(model)).findFirst().orElseThrow();
    }

    private DesignResult load(String spec, String sale) throws Exception {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/sale.yml"), sale);
        return load(spec);
    }

    private DesignResult load(String spec) throws Exception {
        Path specs = Files.createDirectories(project.resolve("specs"));
        Files.writeString(specs.resolve("product.yml"), spec);
        return DesignLoader.load(project, specs, NamingConventions.defaults());
    }
}
