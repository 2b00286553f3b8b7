package io.dvmaven.model;

import static io.dvmaven.model.SpecFixture.COVERAGE;
import static io.dvmaven.model.SpecFixture.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.vault.DerivedColumn;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Hub;
import io.dvmaven.model.vault.HubSource;
import io.dvmaven.model.vault.Link;
import io.dvmaven.model.vault.LinkedHub;
import io.dvmaven.model.vault.RawColumn;
import io.dvmaven.model.vault.RawTable;
import io.dvmaven.model.vault.Satellite;
import io.dvmaven.model.vault.Stage;
import io.dvmaven.model.vault.Vault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignLoaderTest {

    private static final Path EXAMPLE = Path.of("..", "examples", "member");

    @TempDir
    Path project;

    private SpecFixture specs() {
        return new SpecFixture(project);
    }

    private static String seedYaml() throws IOException {
        try (InputStream in = DesignLoaderTest.class.getResourceAsStream("/seed/member.yml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedExampleAloneNamesTheMissingLinkKeysAndTheMissingCoverageSpec() throws IOException {
        DesignResult result = specs().write("specs/member.yml", seedYaml()).load();

        assertThat(SpecFixture.formatted(result)).containsExactly(
                "specs/member.yml:39:5: link 'member_coverage' has no related_keys entry for source 'gemstone_facets',"
                        + " so the column carrying the coverage business key is unknown (add related_keys:"
                        + " {gemstone_facets: <column carrying the coverage business key>} to link 'member_coverage')",
                "specs/member.yml:39:5: link 'member_coverage' has no related_keys entry for source 'legacy_facets',"
                        + " so the column carrying the coverage business key is unknown (add related_keys:"
                        + " {legacy_facets: <column carrying the coverage business key>} to link 'member_coverage')",
                "specs/member.yml:40:18: link 'member_coverage' relates to unknown entity 'coverage' (add a spec with"
                        + " entity name 'coverage' to the spec directory, or fix the name)");
        assertThat(result.vault()).isNull();
        assertThat(result.entities()).extracting(e -> e.name().value()).containsExactly("member");
    }

    @Test
    void seedExampleWithCoverageSpecOnlyLacksTheLinkKeys() throws IOException {
        String coverage = Files.readString(EXAMPLE.resolve("specs/coverage.yml"));
        DesignResult result = specs().write("specs/member.yml", seedYaml()).write("specs/coverage.yml", coverage)
                .load();

        assertThat(SpecFixture.formatted(result)).extracting(line -> line.substring(0, line.indexOf(" has ")))
                .containsExactly("specs/member.yml:39:5: link 'member_coverage'",
                        "specs/member.yml:39:5: link 'member_coverage'");
    }

    @Test
    void memberExampleResolvesToTheSeedNames() {
        DesignResult result = DesignLoader.load(EXAMPLE, Path.of("specs"), NamingConventions.defaults());

        assertThat(SpecFixture.formatted(result)).isEmpty();
        assertThat(result.specFiles()).containsExactly("specs/coverage.yml", "specs/member.yml");
        Vault vault = result.vault();
        assertThat(vault.entities()).extracting(e -> e.name()).containsExactly("coverage", "member");
        assertThat(vault.rawSources()).extracting(r -> r.name() + ":" + r.schema() + ":" + r.folder())
                .containsExactly("raw_gemstone_facets:gemstone_facets_history:staging/gemstone_facets",
                        "raw_legacy_facets:legacy_facets_history:staging/legacy_facets");
        assertThat(vault.stages()).extracting(Stage::model).containsExactly("stg_coverage_gemstone_facets",
                "stg_coverage_legacy_facets", "stg_member_gemstone_facets", "stg_member_legacy_facets");
        assertThat(vault.hubs()).extracting(Hub::model).containsExactly("h_coverage", "h_member");
        assertThat(vault.links()).extracting(Link::model).containsExactly("l_member_coverage");
        assertThat(vault.satellites()).extracting(Satellite::model).containsExactly(
                "s_coverage_details_gemstone_facets", "s_coverage_details_legacy_facets",
                "s_member_address_gemstone_facets", "s_member_address_legacy_facets",
                "s_member_demographics_gemstone_facets", "s_member_demographics_legacy_facets");

        Stage stage = vault.stages().get(3);
        assertThat(stage.folder()).isEqualTo("staging/legacy_facets");
        assertThat(stage.rawSourceName()).isEqualTo("raw_legacy_facets");
        assertThat(stage.rawTable()).isEqualTo("facets_member");
        assertThat(stage.derivedColumns()).extracting(d -> d.name() + "=" + d.expression()).containsExactly(
                "member_bk=cmc_meme_ck", "coverage_bk=cmc_cspi_id", "record_source=!legacy_facets",
                "load_timestamp=load_timestamp");
        assertThat(stage.hashedColumns()).extracting(h -> h.name() + (h.hashdiff() ? "~" : "=") + h.columns())
                .containsExactly("member_hk=[member_bk]", "coverage_hk=[coverage_bk]",
                        "member_coverage_hk=[member_bk, coverage_bk]",
                        "demographics_hashdiff~[first_name, last_name, birth_date, gender, ssn]",
                        "address_hashdiff~[address_line1, address_line2, city, state, zip]");

        Hub coverage = vault.hubs().get(0);
        assertThat(coverage.hashKey()).isEqualTo("coverage_hk");
        assertThat(coverage.businessKeyColumns()).containsExactly("coverage_bk");
        assertThat(coverage.sources()).extracting(s -> s.stageModel() + "/" + s.keyFields() + "/" + s.viaLink())
                .containsExactly("stg_coverage_gemstone_facets/[coverage_id]/null",
                        "stg_coverage_legacy_facets/[cmc_cspi_id]/null",
                        "stg_member_gemstone_facets/[coverage_id]/member_coverage",
                        "stg_member_legacy_facets/[cmc_cspi_id]/member_coverage");
        assertThat(coverage.links()).containsExactly("l_member_coverage");
        assertThat(coverage.specs()).extracting(s -> s.file()).containsExactly("specs/coverage.yml",
                "specs/member.yml");
        assertThat(result.decisions()).filteredOn(d -> d.subject().startsWith("coverage / stg_member"))
                .extracting(Decision::subject)
                .containsExactly("coverage / stg_member_gemstone_facets", "coverage / stg_member_legacy_facets");

        Link link = vault.links().get(0);
        assertThat(link.hashKey()).isEqualTo("member_coverage_hk");
        assertThat(link.hubs()).extracting(LinkedHub::hashKey).containsExactly("member_hk", "coverage_hk");
        assertThat(link.stageModels()).containsExactly("stg_member_gemstone_facets", "stg_member_legacy_facets");
        assertThat(link.relationshipType()).isEqualTo("many_to_many");

        Satellite demographics = vault.satellites().get(5);
        assertThat(demographics.hashdiff()).isEqualTo("demographics_hashdiff");
        assertThat(demographics.hubModel()).isEqualTo("h_member");
        assertThat(demographics.hashKey()).isEqualTo("member_hk");
        assertThat(demographics.stageModel()).isEqualTo("stg_member_legacy_facets");
        assertThat(demographics.folder()).isEqualTo("integration/satellites");

        RawTable facetsMember = vault.rawSources().get(1).tables().get(1);
        assertThat(facetsMember.columns()).extracting(RawColumn::name).startsWith("cmc_meme_ck", "cmc_cspi_id",
                "load_timestamp", "first_name");
        assertThat(result.decisions()).extracting(Decision::subject).isSorted();
        assertThat(result.decisions()).filteredOn(d -> d.text().startsWith("load timestamp")).hasSize(4);
    }

    @Test
    void jsonInputEqualsYamlInput() throws IOException {
        Path yamlProject = Files.createDirectories(project.resolve("yaml"));
        Path jsonProject = Files.createDirectories(project.resolve("json"));
        new SpecFixture(yamlProject).write("specs/member.yml", MEMBER);
        new SpecFixture(jsonProject).write("specs/member.json", """
                {
                  "entity": {"name": "member"},
                  "hub": {"business_key": ["member_id"], "sources": ["legacy"]},
                  "satellites": [
                    {"name": "demographics", "attributes": ["first_name", "last_name"], "sources": ["legacy"]}
                  ],
                  "source_mappings": {
                    "legacy": {"schema": "raw_legacy", "table": "member", "key_field": "member_id"}
                  }
                }
                """);
        DesignResult yaml = new SpecFixture(yamlProject).load();
        DesignResult json = new SpecFixture(jsonProject).load();

        assertThat(SpecFixture.formatted(json)).isEmpty();
        String yamlSha = yaml.entities().get(0).specSha256();
        String jsonSha = json.entities().get(0).specSha256();
        assertThat(json.vault().toString().replace("specs/member.json", "SPEC").replace(jsonSha, "SHA"))
                .isEqualTo(yaml.vault().toString().replace("specs/member.yml", "SPEC").replace(yamlSha, "SHA"));
    }

    @Test
    void multiDocumentFileHoldsOneEntityPerDocument() {
        DesignResult result = specs().write("specs/design.yaml", COVERAGE + "---\n" + MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                """).load();

        assertThat(SpecFixture.formatted(result)).isEmpty();
        assertThat(result.entities()).extracting(e -> e.name().value() + "@" + e.location())
                .containsExactly("coverage@specs/design.yaml:1:1", "member@specs/design.yaml:12:1");
        assertThat(result.vault().hubs()).extracting(Hub::model).containsExactly("h_coverage", "h_member");
        assertThat(result.vault().links().get(0).spec().file()).isEqualTo("specs/design.yaml");
    }

    @Test
    void compositeKeyGetsOneColumnPerPartInBusinessKeyOrder() {
        DesignResult result = specs().write("specs/member.yml", MEMBER
                .replace("business_key: [member_id]", "business_key: [member_id, group_id]\n"
                        + "  business_key_type: composite")
                .replace("key_field: member_id", "key_field: {group_id: grp_ck, member_id: mbr_ck}")).load();

        assertThat(SpecFixture.formatted(result)).isEmpty();
        Stage stage = result.vault().stages().get(0);
        assertThat(stage.keyFields()).containsExactly("mbr_ck", "grp_ck");
        assertThat(stage.derivedColumns()).extracting(DerivedColumn::name).startsWith("member_member_id_bk",
                "member_group_id_bk");
        assertThat(stage.hashedColumns().get(0)).isEqualTo(new HashedColumn("member_hk",
                java.util.List.of("member_member_id_bk", "member_group_id_bk"), false, "Hash key of hub h_member"));
        assertThat(result.vault().hubs().get(0).businessKeyColumns())
                .containsExactly("member_member_id_bk", "member_group_id_bk");
        assertThat(result.vault().entities().get(0).compositeKey()).isTrue();
    }

    @Test
    void threeHubLinkKeysHubsInListedOrder() {
        String provider = COVERAGE.replace("coverage", "provider");
        DesignResult result = specs().write("specs/coverage.yml", COVERAGE).write("specs/provider.yml", provider)
                .write("specs/member.yml", MEMBER + """
                        links:
                          - name: member_coverage_provider
                            related_hubs: [provider, coverage]
                            sources: [legacy]
                            related_keys:
                              legacy: {coverage: cov_id, provider: prv_id}
                        """).load();

        assertThat(SpecFixture.formatted(result)).isEmpty();
        Link link = result.vault().links().get(0);
        assertThat(link.hubs()).extracting(LinkedHub::entity).containsExactly("member", "provider", "coverage");
        Stage stage = result.vault().stages().stream().filter(s -> s.model().equals("stg_member_legacy"))
                .findFirst().orElseThrow();
        assertThat(stage.hashedColumns()).extracting(h -> h.name() + "=" + h.columns()).containsExactly(
                "member_hk=[member_bk]", "provider_hk=[provider_bk]", "coverage_hk=[coverage_bk]",
                "member_coverage_provider_hk=[member_bk, provider_bk, coverage_bk]",
                "demographics_hashdiff=[first_name, last_name]");
        assertThat(stage.derivedColumns()).extracting(d -> d.name() + "=" + d.expression()).containsExactly(
                "member_bk=member_id", "provider_bk=prv_id", "coverage_bk=cov_id", "record_source=!legacy",
                "load_timestamp=load_timestamp");
        Hub providerHub = result.vault().hubs().stream().filter(h -> h.model().equals("h_provider")).findFirst()
                .orElseThrow();
        assertThat(providerHub.sources()).containsExactly(
                new HubSource("legacy", "stg_member_legacy", java.util.List.of("prv_id"), "member_coverage_provider"),
                new HubSource("legacy", "stg_provider_legacy", java.util.List.of("provider_id"), null));
    }

    @Test
    void sourceMappingExtensionsShapeTheStage() {
        DesignResult result = specs().write("specs/member.yml", MEMBER.replace("    key_field: member_id",
                "    key_field: member_id\n    load_timestamp: load_dts\n    record_source: LEGACY_FACETS\n"
                        + "    columns: {first_name: fname}")).load();

        assertThat(SpecFixture.formatted(result)).isEmpty();
        Stage stage = result.vault().stages().get(0);
        assertThat(stage.derivedColumns()).extracting(d -> d.name() + "=" + d.expression()).containsExactly(
                "member_bk=member_id", "record_source=!LEGACY_FACETS", "load_timestamp=load_dts",
                "first_name=fname");
        assertThat(stage.loadTimestampSource()).isEqualTo("load_dts");
        assertThat(stage.recordSource()).isEqualTo("LEGACY_FACETS");
        assertThat(result.vault().satellites().get(0).payload().get(0).sourceColumn()).isEqualTo("fname");
        assertThat(result.vault().rawSources().get(0).tables().get(0).columns()).extracting(RawColumn::name)
                .containsExactly("member_id", "load_dts", "fname", "last_name");
        assertThat(result.decisions()).isEmpty();
    }

    @Test
    void businessRulesTargetTheGroupsSatellitesOrTheHub() {
        DesignResult result = specs().write("specs/member.yml", MEMBER + """
                business_rules:
                  - name: birth_date_not_in_future
                    satellite: demographics
                    condition: "birth_date <= current_date"
                    severity: warn
                  - name: member_is_known
                """).load();

        assertThat(SpecFixture.formatted(result)).isEmpty();
        assertThat(result.vault().businessRules()).extracting(r -> r.name() + ":" + r.models() + ":"
                + r.severity() + ":" + r.isTemplate()).containsExactly(
                "birth_date_not_in_future:[s_member_demographics_legacy]:warn:false",
                "member_is_known:[h_member]:error:true");
    }

    @Test
    void specDiscoveryIsRecursiveSortedAndSkipsDraftsAndHiddenDirectories() {
        DesignResult result = specs().write("specs/z/member.yml", MEMBER)
                .write("specs/a/coverage.yaml", COVERAGE)
                .write("specs/member.draft.yml", "broken: [")
                .write("specs/.cache/old.yml", "broken: [")
                .write("specs/notes.txt", "not a spec").load();

        assertThat(SpecFixture.formatted(result)).isEmpty();
        assertThat(result.specFiles()).containsExactly("specs/a/coverage.yaml", "specs/z/member.yml");
        assertThat(result.entities().get(0).specSha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void missingSpecDirectoryIsADiagnostic() {
        assertThat(specs().diagnostics()).containsExactly(
                "specs: spec directory does not exist (create it with one spec file per entity, or set specDirectory)");
    }

    @Test
    void resolutionIsDeterministic() {
        DesignResult first = DesignLoader.load(EXAMPLE, Path.of("specs"), NamingConventions.defaults());
        DesignResult second = DesignLoader.load(EXAMPLE, Path.of("specs"), NamingConventions.defaults());

        assertThat(second.vault()).isEqualTo(first.vault());
        assertThat(second.decisions()).isEqualTo(first.decisions());
        assertThat(second.entities()).isEqualTo(first.entities());
    }
}
