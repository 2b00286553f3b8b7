package io.dvmaven.model.kinds.linksat;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.testing.LinkedSpecs;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSatSectionTest {

    private static final String TERMS = """
            link_satellites:
              - name: terms
                link: member_coverage
                attributes: [plan_code, {name: premium, description: "Monthly premium"}]
            """;

    @TempDir
    Path dir;

    private List<String> errors(String section) {
        return new LinkedSpecs(dir).errors(section);
    }

    @Test
    void resolvesOneSatellitePerLinkSourceKeyedByTheLinkHashKey() {
        DesignResult result = new LinkedSpecs(dir).load(TERMS);

        assertThat(result.diagnostics()).noneMatch(d -> d.isError());
        assertThat(result.vault().all(LinkSatellite.class))
                .extracting(LinkSatellite::model, LinkSatellite::linkHashKey, LinkSatellite::hashdiff)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ls_member_coverage_terms_legacy", "member_coverage_hk",
                                "member_coverage_terms_hashdiff"),
                        org.assertj.core.groups.Tuple.tuple("ls_member_coverage_terms_web", "member_coverage_hk",
                                "member_coverage_terms_hashdiff"));
        Stage web = result.vault().stages().stream().filter(s -> s.model().equals("stg_member_web")).findFirst()
                .orElseThrow();
        assertThat(web.hashedColumns()).filteredOn(HashedColumn::hashdiff).extracting(HashedColumn::columns)
                .containsExactly(List.of("plan_code", "premium"));
        assertThat(web.derivedColumns()).anyMatch(d -> d.name().equals("plan_code") && d.expression().equals("plan"));
    }

    @Test
    void aRenameReadOnlyByTheLinkSatelliteIsUsed() {
        // web's columns rename plan_code, which no hub satellite reads: only this kind's payload does
        assertThat(new LinkedSpecs(dir).unusedRenames(TERMS)).isEmpty();
        assertThat(new LinkedSpecs(dir).unusedRenames("")).containsExactly(LinkedSpecs.PLAN_CODE_UNUSED);
    }

    @Test
    void unknownLinkSuggestsTheClosest() {
        assertThat(errors(TERMS.replace("link: member_coverage", "link: coverage"))).containsExactly(
                "spec.unknown-link specs/member.yml:16:11: link satellite 'terms' names link 'coverage', which"
                        + " entity 'member' does not define in links (use one of: member_coverage)");
    }

    @Test
    void sourcesMustBeLinkSources() {
        assertThat(errors(TERMS + "    sources: [web, legacy, partner]\n")).containsExactly(
                "spec.unknown-source specs/member.yml:18:28: link satellite 'terms' reads source 'partner', which"
                        + " link 'member_coverage' does not list in sources (use one of: legacy, web)",
                "spec.unknown-source specs/member.yml:18:28: source 'partner' of link satellite 'terms' is not in"
                        + " source_mappings (add partner to source_mappings with schema, table and key_field)");
    }

    @Test
    void aGroupIsDefinedOncePerLink() {
        assertThat(errors(TERMS + TERMS.substring(TERMS.indexOf('\n') + 1))).containsExactly(
                "spec.duplicate-name specs/member.yml:18:11: link satellite 'terms' of link 'member_coverage' is"
                        + " defined twice in this entity (first at line 15) (rename one of the two groups or merge"
                        + " their attributes)");
    }

    @Test
    void attributesAreRequired() {
        assertThat(errors(TERMS.replace("    attributes: [plan_code, {name: premium, description: \"Monthly premium\"}]\n",
                ""))).containsExactly("spec.missing-field specs/member.yml:15:5: missing required key 'attributes'"
                + " in link satellite 'terms' (add attributes: [<attribute>, ...])");
    }
}
