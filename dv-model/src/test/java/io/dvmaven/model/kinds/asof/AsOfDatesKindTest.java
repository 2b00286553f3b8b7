package io.dvmaven.model.kinds.asof;

import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.CUSTOMER;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.PRODUCT;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.errors;
import static io.dvmaven.model.kinds.asof.BusinessVaultSpecs.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsOfDatesKindTest {

    @TempDir
    Path project;

    @Test
    void generatesADateSpineNamedByItsPattern() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER
                + "as_of_dates: {start: 2024-01-01, end: 2024-03-31, grain: month}\n"));
        assertThat(errors(result)).isEmpty();
        assertThat(result.vault().all(AsOfDates.class)).singleElement().satisfies(dates -> {
            assertThat(dates.model()).isEqualTo("as_of_date");
            assertThat(dates.folder()).isEqualTo("business_vault");
            assertThat(dates.generated()).isTrue();
            assertThat(dates.start()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(dates.end()).isEqualTo(LocalDate.of(2024, 3, 31));
            assertThat(dates.grain()).isEqualTo("month");
        });
    }

    @Test
    void endDefaultsToTodayAndGrainToDay() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER + "as_of_dates: {start: 2024-01-01}\n"));
        assertThat(result.vault().all(AsOfDates.class)).singleElement().satisfies(dates -> {
            assertThat(dates.end()).isNull();
            assertThat(dates.grain()).isEqualTo("day");
        });
    }

    @Test
    void aUserModelIsReferredToAndNotGenerated() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER + "as_of_dates: {model: my_calendar}\n"));
        assertThat(errors(result)).isEmpty();
        assertThat(result.vault().all(AsOfDates.class)).singleElement().satisfies(dates -> {
            assertThat(dates.model()).isEqualTo("my_calendar");
            assertThat(dates.generated()).isFalse();
        });
    }

    @Test
    void misusesAreReportedWhereTheyAre() {
        DesignResult result = load(project, Map.of("customer.yml", CUSTOMER
                + "as_of_dates: {start: 2024-13-01, end: yesterday, grain: dya}\n"));
        assertThat(errors(result)).containsExactly(
                "specs/customer.yml:15:22 spec.as-of-dates: 'start' of as_of_dates is '2024-13-01', not a date",
                "specs/customer.yml:15:39 spec.as-of-dates: 'end' of as_of_dates is 'yesterday', not a date",
                "specs/customer.yml:15:57 spec.as-of-dates: grain 'dya' of as_of_dates is not one of day, week, month");
        assertThat(result.diagnostics()).filteredOn(d -> d.message().contains("grain"))
                .singleElement().satisfies(d -> assertThat(d.fix()).isEqualTo("did you mean 'day'?"));
    }

    @Test
    void endBeforeStartAndModelWithSpineKeysAreErrors() {
        assertThat(errors(load(project, Map.of("customer.yml", CUSTOMER
                + "as_of_dates: {start: 2024-02-01, end: 2024-01-01}\n")))).containsExactly(
                "specs/customer.yml:15:39 spec.as-of-dates: 'end' of as_of_dates (2024-01-01) is before 'start' "
                        + "(2024-02-01)");
    }

    @Test
    void modelTogetherWithStartIsAnError(@TempDir Path other) {
        assertThat(errors(load(other, Map.of("customer.yml", CUSTOMER
                + "as_of_dates: {model: my_calendar, start: 2024-01-01}\n")))).singleElement().asString()
                .startsWith("specs/customer.yml:15:35 spec.as-of-dates: 'start' of as_of_dates has no effect with "
                        + "'model'");
    }

    @Test
    void aSecondDefinitionInTheDesignIsAnErrorAtBoth() {
        DesignResult result = load(project, Map.of(
                "customer.yml", CUSTOMER + "as_of_dates: {start: 2024-01-01}\n",
                "product.yml", PRODUCT + "as_of_dates: {start: 2024-01-01}\n"));
        assertThat(errors(result)).containsExactlyInAnyOrder(
                "specs/customer.yml:15:1 spec.duplicate-name: as_of_dates is defined more than once in the design "
                        + "(also at specs/product.yml:8:1); every PIT and bridge reads one set of as-of dates",
                "specs/product.yml:8:1 spec.duplicate-name: as_of_dates is defined more than once in the design "
                        + "(also at specs/customer.yml:15:1); every PIT and bridge reads one set of as-of dates");
    }
}
