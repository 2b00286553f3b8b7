package io.dvmaven.model.kinds.effsat;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.testing.LinkedSpecs;
import io.dvmaven.model.vault.LinkedHub;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffSatSectionTest {

    private static final String EFF = """
            effectivity_satellites:
              - link: member_coverage
                driving_key: member
                sources: [legacy]
                start_date: covered_from
                end_date: covered_to
                auto_end_dating: true
            """;

    @TempDir
    Path dir;

    private List<String> errors(String section) {
        return new LinkedSpecs(dir).errors(section);
    }

    @Test
    void resolvesOneModelPerSourceWithDrivingAndSecondaryKeys() {
        DesignResult result = new LinkedSpecs(dir).load(EFF);

        assertThat(result.diagnostics()).noneMatch(d -> d.isError());
        List<EffectivitySatellite> effs = result.vault().all(EffectivitySatellite.class);
        assertThat(effs).hasSize(1);
        EffectivitySatellite eff = effs.get(0);
        assertThat(eff.model()).isEqualTo("eff_member_coverage_legacy");
        assertThat(eff.folder()).isEqualTo("integration/effectivity_satellites");
        assertThat(eff.linkHashKey()).isEqualTo("member_coverage_hk");
        assertThat(eff.drivingKeys()).extracting(LinkedHub::hashKey).containsExactly("member_hk");
        assertThat(eff.secondaryKeys()).extracting(LinkedHub::hashKey).containsExactly("coverage_hk");
        assertThat(eff.startDate()).isEqualTo("covered_from");
        assertThat(eff.effectiveFrom()).isEqualTo("member_coverage_effective_from");
        assertThat(eff.autoEndDating()).isTrue();
        assertThat(eff.stageModel()).isEqualTo("stg_member_legacy");
    }

    @Test
    void withoutSourcesEveryLinkSourceGetsAModel() {
        DesignResult result = new LinkedSpecs(dir).load(EFF.replace("    sources: [legacy]\n", ""));

        assertThat(result.vault().all(EffectivitySatellite.class)).extracting(EffectivitySatellite::model)
                .containsExactly("eff_member_coverage_legacy", "eff_member_coverage_web");
    }

    @Test
    void unknownLinkSuggestsTheClosest() {
        assertThat(errors(EFF.replace("link: member_coverage", "link: member_coverag"))).containsExactly(
                "spec.unknown-link specs/member.yml:15:11: effectivity satellite of link 'member_coverag' names link"
                        + " 'member_coverag', which entity 'member' does not define in links (did you mean"
                        + " 'member_coverage'?)");
    }

    @Test
    void drivingKeyMustBeAHubOfTheLink() {
        assertThat(errors(EFF.replace("driving_key: member", "driving_key: [member, policy]"))).containsExactly(
                "spec.no-secondary-key specs/member.yml:16:19: effectivity satellite of link 'member_coverage' names"
                        + " every hub of the link as driving key, so no secondary key is left to change (keep the"
                        + " driving key to the hub(s) whose relationship is tracked (e.g. driving_key: member))",
                "spec.unknown-hub specs/member.yml:16:27: driving_key 'policy' of effectivity satellite of link"
                        + " 'member_coverage' is not a hub of the link (use one of: member, coverage)");
    }

    @Test
    void sourceMustBeALinkSource() {
        assertThat(errors(EFF.replace("sources: [legacy]", "sources: [legacyy]"))).containsExactly(
                "spec.unknown-source specs/member.yml:17:15: effectivity satellite of link 'member_coverage' reads"
                        + " source 'legacyy', which link 'member_coverage' does not list in sources (did you mean"
                        + " 'legacy'?)",
                "spec.unknown-source specs/member.yml:17:15: source 'legacyy' of effectivity satellite of link"
                        + " 'member_coverage' is not in source_mappings (did you mean 'legacy'?)");
    }

    @Test
    void autoEndDatingIsABoolean() {
        assertThat(errors(EFF.replace("auto_end_dating: true", "auto_end_dating: always"))).containsExactly(
                "spec.wrong-type specs/member.yml:20:22: 'auto_end_dating' of effectivity satellite of link"
                        + " 'member_coverage' must be true or false, found 'always' (write auto_end_dating: true)");
    }

    @Test
    void startAndEndDatesAreRequired() {
        assertThat(errors(EFF.replace("    end_date: covered_to\n", ""))).containsExactly(
                "spec.missing-field specs/member.yml:15:5: missing required key 'end_date' in effectivity satellite"
                        + " of link 'member_coverage' (add end_date: <column where the relationship ends>)");
    }

    @Test
    void oneEntryPerLink() {
        assertThat(errors(EFF + EFF.substring(EFF.indexOf('\n') + 1))).containsExactly(
                "spec.duplicate-name specs/member.yml:21:11: effectivity satellite of link 'member_coverage' is"
                        + " defined twice in this entity (first at line 15) (keep one entry per link)");
    }
}
