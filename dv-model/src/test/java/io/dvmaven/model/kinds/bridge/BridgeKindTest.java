package io.dvmaven.model.kinds.bridge;

import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.CUSTOMER;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.PRODUCT;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.PURCHASE;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.errors;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BridgeKindTest {

    private static final String AS_OF = "as_of_dates: {start: 2024-01-01}\n";

    @TempDir
    Path project;

    private DesignResult design(String bridges) {
        return load(project, Map.of("customer.yml", CUSTOMER + AS_OF + bridges, "purchase.yml", PURCHASE,
                "product.yml", PRODUCT));
    }

    @Test
    void walksHubLinkHubAcrossFilesThroughPlainLinkEffectivityViews() {
        DesignResult result = design("bridges:\n  - {name: customer_product, path: [purchase_customer, "
                + "purchase_product]}\n");
        assertThat(errors(result)).isEmpty();
        assertThat(result.vault().all(Bridge.class)).singleElement().satisfies(bridge -> {
            assertThat(bridge.model()).isEqualTo("bridge_customer_product");
            assertThat(bridge.hashKey()).isEqualTo("customer_hk");
            assertThat(bridge.asOfModel()).isEqualTo("as_of_date");
            assertThat(bridge.stageModels()).containsExactly("stg_purchase_crm");
            assertThat(bridge.steps()).containsExactly(
                    new Bridge.Step("purchase_customer", "l_purchase_customer", "purchase_customer_hk",
                            "customer_hk", "purchase_hk", "purchase", "bridge_eff_purchase_customer", "end_date",
                            "load_timestamp"),
                    new Bridge.Step("purchase_product", "l_purchase_product", "purchase_product_hk",
                            "purchase_hk", "product_hk", "product", "bridge_eff_purchase_product", "end_date",
                            "load_timestamp"));
        });
        assertThat(result.vault().all(LinkEffectivity.class)).extracting(LinkEffectivity::model)
                .containsExactly("bridge_eff_purchase_customer", "bridge_eff_purchase_product");
    }

    @Test
    void twoBridgesOverOneLinkShareItsView() {
        DesignResult result = design("bridges:\n  - {name: a, path: [purchase_customer]}\n"
                + "  - {name: b, path: [purchase_customer]}\n");
        assertThat(errors(result)).isEmpty();
        assertThat(result.vault().all(LinkEffectivity.class)).hasSize(1);
        assertThat(result.vault().all(Bridge.class)).extracting(Bridge::model)
                .containsExactly("bridge_a", "bridge_b");
    }

    @Test
    void anUnknownLinkIsAnErrorWithAHint() {
        DesignResult result = design("bridges:\n  - {name: b, path: [purchase_customers]}\n");
        assertThat(errors(result)).containsExactly("specs/customer.yml:17:22 spec.unknown-reference: link "
                + "'purchase_customers' in the path of bridge 'b' is not a link of the design");
        assertThat(result.diagnostics().get(0).fix()).isEqualTo("did you mean 'purchase_customer'?");
    }

    @Test
    void aLinkThatDoesNotJoinTheCurrentHubIsAnError() {
        assertThat(errors(design("bridges:\n  - {name: b, path: [purchase_product]}\n"))).containsExactly(
                "specs/customer.yml:17:22 spec.bridge-path: link 'purchase_product' in the path of bridge 'b' does "
                        + "not join the hub of 'customer' where the walk stands (it joins purchase, product)");
    }

    @Test
    void aLinkWalkedTwiceIsAnError() {
        assertThat(errors(design("bridges:\n  - {name: b, path: [purchase_customer, purchase_customer]}\n")))
                .containsExactly("specs/customer.yml:17:41 spec.bridge-path: link 'purchase_customer' in the path "
                        + "of bridge 'b' is walked twice");
    }

    @Test
    void aToThatIsNotAnotherHubOfTheLinkIsAnError() {
        assertThat(errors(design("bridges:\n  - {name: b, path: [{link: purchase_customer, to: product}]}\n")))
                .containsExactly("specs/customer.yml:17:52 spec.bridge-path: 'to: product' of link "
                        + "'purchase_customer' in the path of bridge 'b' is not another hub of the link (purchase)");
    }

    @Test
    void aMissingOrEmptyPathIsAnError() {
        assertThat(errors(design("bridges:\n  - {name: b, path: []}\n"))).containsExactly(
                "specs/customer.yml:17:21 spec.empty-list: 'path' of bridge 'b' is empty");
    }
}
