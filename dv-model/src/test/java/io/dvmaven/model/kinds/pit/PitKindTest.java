package io.dvmaven.model.kinds.pit;

import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.CUSTOMER;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.errors;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PitKindTest {

    private static final String AS_OF = "as_of_dates: {start: 2024-01-01}\n";

    @TempDir
    Path project;

    @Test
    void resolvesTheChosenSatellitesAndTheAsOfModel() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER + AS_OF
                + "pits:\n  - {name: customer, satellites: [contact]}\n"));
        assertThat(errors(result)).isEmpty();
        assertThat(result.vault().all(Pit.class)).singleElement().satisfies(pit -> {
            assertThat(pit.model()).isEqualTo("pit_customer");
            assertThat(pit.folder()).isEqualTo("business_vault");
            assertThat(pit.hubModel()).isEqualTo("h_customer");
            assertThat(pit.hashKey()).isEqualTo("customer_hk");
            assertThat(pit.asOfModel()).isEqualTo("as_of_date");
            assertThat(pit.satellites()).containsExactly(new Pit.PitSatellite("s_customer_contact_crm",
                    "stg_customer_crm", "s_customer_contact_crm_hk", "s_customer_contact_crm_ldts"));
            assertThat(pit.stageModels()).containsExactly("stg_customer_crm");
        });
    }

    @Test
    void withoutSatellitesItTakesEveryGroupAndSaysSo() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER + AS_OF + "pits:\n  - name: customer\n"));
        assertThat(result.vault().all(Pit.class).get(0).satellites()).extracting(Pit.PitSatellite::model)
                .containsExactly("s_customer_details_crm", "s_customer_contact_crm");
        assertThat(result.decisions()).anySatisfy(d -> assertThat(d.text())
                .startsWith("PIT 'customer' points into every satellite of the entity (details, contact)"));
    }

    @Test
    void anUnknownSatelliteIsAnErrorWithAHint() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER + AS_OF
                + "pits:\n  - {name: customer, satellites: [detail]}\n"));
        assertThat(errors(result)).containsExactly("specs/customer.yml:17:35 spec.unknown-reference: satellite "
                + "'detail' of PIT 'customer' is not a satellite of entity 'customer'");
        assertThat(result.diagnostics().get(0).fix()).isEqualTo("did you mean 'details'?");
    }

    @Test
    void aPitWithoutAsOfDatesIsAnError() {
        assertThat(errors(load(project, Map.of("customer.yml", CUSTOMER + "pits:\n  - name: customer\n"))))
                .containsExactly("specs/customer.yml:16:11 spec.as-of-dates-missing: PIT 'customer' needs as-of "
                        + "dates, and no spec of the design defines them");
    }

    @Test
    void twoPitsOfOneNameAreAnError() {
        assertThat(errors(load(project, Map.of("customer.yml", CUSTOMER + AS_OF
                + "pits:\n  - name: customer\n  - name: customer\n")))).containsExactly(
                "specs/customer.yml:18:11 spec.duplicate-name: PIT 'customer' is defined twice in this entity "
                        + "(first at line 17)");
    }
}
