package io.dvmaven.model.kinds.bridge;

import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.CUSTOMER;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.PRODUCT;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.PURCHASE;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.mermaid.MermaidWriter;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault diagram draws the as-of, PIT and bridge tables in the business style, linked to what they read. */
class BusinessVaultDiagramTest {

    @Test
    void drawsBusinessVaultTables(@TempDir Path project) {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER + """
                as_of_dates: {start: 2024-01-01}
                pits:
                  - {name: customer, satellites: [contact]}
                bridges:
                  - {name: customer_product, path: [purchase_customer, purchase_product]}
                """, "purchase.yml", PURCHASE, "product.yml", PRODUCT));
        String diagram = MermaidWriter.write(result.entities(), NamingConventions.defaults());
        assertThat(diagram).contains("""
                    pit_customer {
                        binary customer_hk FK
                        timestamp as_of_date
                        binary s_customer_contact_crm_hk
                        timestamp s_customer_contact_crm_ldts
                """, """
                    bridge_customer_product {
                        binary customer_hk FK
                        timestamp as_of_date
                        binary purchase_customer_hk FK
                        binary purchase_product_hk FK
                """, "    as_of_date {\n        timestamp as_of_date PK\n",
                "    h_customer ||--o{ pit_customer : \"as of\"\n",
                "    l_purchase_product ||--o{ bridge_customer_product : \"walks\"\n",
                "    class as_of_date,pit_customer,bridge_customer_product business\n");
    }
}
