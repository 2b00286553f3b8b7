package io.dvmaven.model.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.naming.NamingConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** spec -> Mermaid -> spec gives the same vault, and writing the read-back design gives the same diagram. */
class MermaidRoundTripTest {

    private static final NamingConventions NAMING = NamingConventions.defaults();

    @TempDir
    Path temp;

    static Stream<Arguments> exampleProjects() {
        return Stream.of(Arguments.of("examples/member", Designs.EXAMPLE),
                Arguments.of("seed diagram", Designs.RESOURCES.resolve("seed")),
                Arguments.of("seed markdown", Designs.RESOURCES.resolve("seed-md")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleProjects")
    void exampleSpecsSurviveTheRoundTrip(String name, Path project) {
        roundTrip(Designs.load(project));
    }

    static LongStream seeds() {
        return LongStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDesignsSurviveTheRoundTrip(long seed) {
        Path project = temp.resolve("yaml");
        for (Map.Entry<String, String> spec : RandomDesigns.generate(seed).entrySet()) {
            Designs.write(project, "specs/" + spec.getKey() + ".json", spec.getValue());
        }
        roundTrip(Designs.load(project));
    }

    @Test
    void writerOutputForTheMemberExample() {
        String diagram = MermaidWriter.write(Designs.load(Designs.EXAMPLE).entities(), NAMING);

        assertThat(diagram).startsWith("""
                erDiagram
                    %% ---- entity coverage
                    %% dv:description coverage "Insurance coverage (plan enrolment) held by members"
                    %% dv:business_key coverage coverage_id
                    %% dv:source coverage legacy_facets schema=legacy_facets_history table=facets_coverage \
                key_field=cmc_cspi_id
                """);
        assertThat(diagram).contains("""
                    %% dv:link member_coverage relationship_type=many_to_many
                    %% dv:related_key member_coverage legacy_facets coverage=cmc_cspi_id
                    %% dv:related_key member_coverage gemstone_facets coverage=coverage_id
                    l_member_coverage {
                        binary member_coverage_hk PK
                        binary member_hk FK
                        binary coverage_hk FK
                        varchar record_source
                        timestamp load_timestamp
                    }
                """);
        assertThat(diagram).endsWith("""
                    h_member ||--o{ l_member_coverage : "links"
                    h_coverage ||--o{ l_member_coverage : "links"
                    classDef hub fill:#dbeafe,stroke:#1d4ed8,stroke-width:2px
                    classDef link fill:#dcfce7,stroke:#15803d,stroke-width:2px
                    classDef satellite fill:#fef3c7,stroke:#b45309,stroke-width:1px
                    class h_coverage,h_member hub
                    class l_member_coverage link
                    class s_coverage_details_legacy_facets,s_coverage_details_gemstone_facets,\
                s_member_demographics_legacy_facets,s_member_demographics_gemstone_facets,s_member_address_legacy_facets,\
                s_member_address_gemstone_facets satellite
                """);
        assertThat(MermaidWriter.tableNames(Designs.load(Designs.EXAMPLE).entities(), NAMING)).containsExactly(
                "h_coverage", "s_coverage_details_legacy_facets", "s_coverage_details_gemstone_facets", "h_member",
                "s_member_demographics_legacy_facets", "s_member_demographics_gemstone_facets",
                "s_member_address_legacy_facets", "s_member_address_gemstone_facets", "l_member_coverage");
    }

    private void roundTrip(DesignResult original) {
        assertThat(Designs.formatted(original)).filteredOn(d -> !d.contains("not used")).isEmpty();
        String diagram = MermaidWriter.write(original.entities(), NAMING);
        Path project = temp.resolve("mermaid");
        Designs.write(project, "specs/vault.mmd", diagram);

        DesignResult back = Designs.load(project);

        assertThat(Designs.formatted(back)).as(diagram).isEmpty();
        assertThat(Designs.design(back.vault())).as(diagram).isEqualTo(Designs.design(original.vault()));
        assertThat(MermaidWriter.write(back.entities(), NAMING)).isEqualTo(diagram);
        assertThat(Files.exists(project.resolve("specs/vault.mmd"))).isTrue();
    }
}
