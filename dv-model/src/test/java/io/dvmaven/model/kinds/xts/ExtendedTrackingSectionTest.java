package io.dvmaven.model.kinds.xts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.kinds.xts.ExtendedTrackingSatellite.Tracked;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.DerivedColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendedTrackingSectionTest {

    /** extended_tracking is on line 15, its satellites on line 16. */
    static final String CUSTOMER = """
            entity:
              name: customer
            hub:
              business_key: [customer_id]
              sources: [crm, web]
            satellites:
              - name: details
                attributes: [city]
                sources: [crm, web]
            multi_active_satellites:
              - name: phones
                child_key: [phone_type]
                attributes: [phone_number]
                sources: [crm]
            extended_tracking:
              satellites: [details, phones]
              description: "Every delivery"
            source_mappings:
              crm: {schema: raw_crm, table: customers, key_field: customer_id}
              web: {schema: raw_web, table: accounts, key_field: account_no}
            """;

    @TempDir
    Path project;

    private DesignResult load(String spec) throws IOException {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/customer.yml"), spec);
        return DesignLoader.load(project, Path.of("specs"), NamingConventions.defaults());
    }

    private List<String> problems(String spec) throws IOException {
        return load(spec).diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void resolvesOneXtsPerSourceTrackingTheSatellitesOfThatSource() throws IOException {
        DesignResult result = load(CUSTOMER);

        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        List<ExtendedTrackingSatellite> all = result.vault().all(ExtendedTrackingSatellite.class);
        assertThat(all).extracting(ExtendedTrackingSatellite::model).containsExactly("xts_customer_crm",
                "xts_customer_web");
        assertThat(all.get(0).tracked()).containsExactly(
                new Tracked("ma_s_customer_phones_crm", "phones_satellite_name", "phones_hashdiff"),
                new Tracked("s_customer_details_crm", "details_satellite_name", "details_hashdiff"));
        assertThat(all.get(1).tracked()).containsExactly(
                new Tracked("s_customer_details_web", "details_satellite_name", "details_hashdiff"));
        assertThat(result.vault().stages().get(1).derivedColumns()).extracting(DerivedColumn::name,
                DerivedColumn::expression).contains(org.assertj.core.groups.Tuple.tuple("details_satellite_name",
                "!s_customer_details_web"));
    }

    @Test
    void reportsAnUnknownGroupWithTheClosestName() throws IOException {
        assertThat(problems(CUSTOMER.replace("[details, phones]", "[detail, phones]"))).containsExactly(
                "specs/customer.yml:16:16: extended_tracking names satellite 'detail', which entity 'customer' does"
                        + " not define (did you mean 'details'?)");
    }

    @Test
    void reportsAListWhereAMappingIsNeededAndAMissingSatellitesKey() throws IOException {
        assertThat(problems(CUSTOMER.replace("extended_tracking:\n  satellites: [details, phones]\n  description:"
                + " \"Every delivery\"", "extended_tracking: [details]"))).containsExactly(
                "specs/customer.yml:15:20: 'extended_tracking' must be a mapping, found a list (write"
                        + " extended_tracking: {satellites: [<attribute group>]})");
        assertThat(problems(CUSTOMER.replace("  satellites: [details, phones]\n", ""))).containsExactly(
                "specs/customer.yml:16:3: missing required key 'satellites' in extended_tracking (add satellites:"
                        + " [<attribute group>])");
    }

    @Test
    void reportsADuplicateGroup() throws IOException {
        assertThat(problems(CUSTOMER.replace("[details, phones]", "[details, details]"))).containsExactly(
                "specs/customer.yml:16:25: satellite 'details' is listed twice in satellites of extended_tracking"
                        + " (first at line 16) (remove one of the two entries)");
    }
}
