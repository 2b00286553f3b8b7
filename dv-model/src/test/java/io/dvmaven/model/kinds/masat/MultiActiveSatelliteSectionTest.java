package io.dvmaven.model.kinds.masat;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignLoader;
import io.dvmaven.model.DesignResult;
import io.dvmaven.model.Diagnostic;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiActiveSatelliteSectionTest {

    /** Line 7 starts the multi-active satellite; its child key is on line 9. */
    static final String CUSTOMER = """
            entity:
              name: customer
            hub:
              business_key: [customer_id]
              sources: [crm]
            multi_active_satellites:
              - name: phones
                description: "Phone numbers; several at once"
                child_key: [phone_type]
                attributes: [phone_number, {name: extension, description: "Switchboard extension"}]
                sources: [crm]
            source_mappings:
              crm: {schema: raw_crm, table: customer_phones, key_field: customer_id}
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
    void resolvesOneModelPerSourceAndAddsTheRowHashdiffToTheStage() throws IOException {
        DesignResult result = load(CUSTOMER);

        assertThat(result.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
        List<MultiActiveSatellite> satellites = result.vault().all(MultiActiveSatellite.class);
        assertThat(satellites).singleElement().satisfies(s -> {
            assertThat(s.model()).isEqualTo("ma_s_customer_phones_crm");
            assertThat(s.folder()).isEqualTo("integration/satellites");
            assertThat(s.hashKey()).isEqualTo("customer_hk");
            assertThat(s.hashdiff()).isEqualTo("phones_hashdiff");
            assertThat(s.childKeys()).extracting(a -> a.name()).containsExactly("phone_type");
            assertThat(s.payload()).extracting(a -> a.name()).containsExactly("phone_number", "extension");
            assertThat(s.stageModel()).isEqualTo("stg_customer_crm");
        });
        Stage stage = result.vault().stages().get(0);
        assertThat(stage.hashedColumns()).anySatisfy(h -> {
            assertThat(h.name()).isEqualTo("phones_hashdiff");
            assertThat(h.hashdiff()).isTrue();
            assertThat(h.columns()).containsExactly("phone_type", "phone_number", "extension");
        });
        assertThat(result.vault().rawSources().get(0).tables().get(0).columns()).extracting(c -> c.name())
                .containsExactly("customer_id", "load_timestamp", "phone_type", "phone_number", "extension");
    }

    @Test
    void followsAnOverriddenNamePattern() throws IOException {
        Files.createDirectories(project.resolve("specs"));
        Files.writeString(project.resolve("specs/customer.yml"), CUSTOMER);
        NamingConventions naming = NamingConventions.defaults().withKindPatterns(
                Map.of("multiActiveSatelliteModel", "mas_{entity}_{group}_{source}"));

        DesignResult result = DesignLoader.load(project, Path.of("specs"), naming);

        assertThat(result.vault().all(MultiActiveSatellite.class)).extracting(MultiActiveSatellite::model)
                .containsExactly("mas_customer_phones_crm");
    }

    @Test
    void reportsAMissingChildKeyAtTheEntry() throws IOException {
        assertThat(problems(CUSTOMER.replace("    child_key: [phone_type]\n", ""))).containsExactly(
                "specs/customer.yml:7:5: missing required key 'child_key' in multi-active satellite 'phones'"
                        + " (add child_key: [<attribute>, ...])");
    }

    @Test
    void reportsAnEmptyChildKeyAndAnUnknownKey() throws IOException {
        assertThat(problems(CUSTOMER.replace("child_key: [phone_type]", "child_key: []\n    childkey: x")))
                .containsExactly(
                        "specs/customer.yml:9:16: 'child_key' of multi-active satellite 'phones' is empty"
                                + " (list at least one attribute)",
                        "specs/customer.yml:10:5: unknown key 'childkey' in multi-active satellite 'phones'"
                                + " (did you mean 'child_key'?)");
    }

    @Test
    void reportsAnAttributeThatIsAlsoTheChildKey() throws IOException {
        assertThat(problems(CUSTOMER.replace("attributes: [phone_number,", "attributes: [phone_type,")))
                .containsExactly("specs/customer.yml:10:18: attribute 'phone_type' of multi-active satellite"
                        + " 'phones' is also its child key (first at line 9) (list it once: in child_key when it"
                        + " tells the rows of a set apart, else in attributes)");
    }

    @Test
    void reportsAGroupNamedLikeASatelliteAndAnUnknownSource() throws IOException {
        String spec = CUSTOMER.replace("multi_active_satellites:", """
                satellites:
                  - name: phones
                    attributes: [full_name]
                    sources: [crm]
                multi_active_satellites:""").replace("    sources: [crm]\nsource_mappings",
                "    sources: [crn]\nsource_mappings");

        assertThat(problems(spec)).containsExactly(
                "specs/customer.yml:11:11: multi-active satellite 'phones' has the name of satellite 'phones'"
                        + " (first at line 7); both would get the same hashdiff column (rename one of the two groups)",
                "specs/customer.yml:15:15: source 'crn' of multi-active satellite 'phones' is not in"
                        + " source_mappings (did you mean 'crm'?)");
    }

    @Test
    void reportsAColumnThatShadowsAGeneratedOne() throws IOException {
        assertThat(problems(CUSTOMER.replace("child_key: [phone_type]", "child_key: [customer_hk]"))).containsExactly(
                "specs/customer.yml:9:17: column 'customer_hk' of multi-active satellite 'phones' has the same"
                        + " name as the generated hash key of hub customer in the stages of customer (rename the raw"
                        + " column in the source, or choose another name for the generated column in the naming"
                        + " conventions)");
    }
}
