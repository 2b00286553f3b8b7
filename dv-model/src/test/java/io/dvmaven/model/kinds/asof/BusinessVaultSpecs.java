package io.dvmaven.model.kinds.asof;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads small designs for the business vault kinds' tests; line numbers of the specs are referenced by them. */
public final class BusinessVaultSpecs {

    /** A customer with two satellites; line 15 is free for the sections under test. */
    public static final String CUSTOMER = """
            entity:
              name: customer
            hub:
              business_key: [customer_id]
              sources: [crm]
            satellites:
              - name: details
                attributes: [city]
                sources: [crm]
              - name: contact
                attributes: [email]
                sources: [crm]
            source_mappings:
              crm: {schema: raw_crm, table: customers, key_field: customer_id}
            """;

    /** A purchase linked to the customer and to a product. */
    public static final String PURCHASE = """
            entity:
              name: purchase
            hub:
              business_key: [purchase_id]
              sources: [crm]
            links:
              - {name: purchase_customer, related_hub: customer, sources: [crm], related_keys: {crm: customer_id}}
              - {name: purchase_product, related_hub: product, sources: [crm], related_keys: {crm: product_id}}
            source_mappings:
              crm: {schema: raw_crm, table: purchases, key_field: purchase_id}
            """;

    public static final String PRODUCT = """
            entity:
              name: product
            hub:
              business_key: [product_id]
              sources: [crm]
            source_mappings:
              crm: {schema: raw_crm, table: products, key_field: product_id}
            """;

    private BusinessVaultSpecs() {
    }

    /** Writes {@code specs/<name>} for each entry and loads the design. */
    public static DesignResult load(Path project, Map<String, String> specs) {
        try {
            for (Map.Entry<String, String> spec : specs.entrySet()) {
                Path file = project.resolve("specs").resolve(spec.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, spec.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults());
    }

    /** The errors as {@code location code: message}. */
    public static List<String> errors(DesignResult result) {
        return result.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.location() + " " + d.code() + ": " + d.message()).toList();
    }
}
