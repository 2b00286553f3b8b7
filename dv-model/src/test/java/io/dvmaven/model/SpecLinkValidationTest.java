package io.dvmaven.model;

import static io.dvmaven.model.SpecFixture.COVERAGE;
import static io.dvmaven.model.SpecFixture.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Validation rules on links and their related hubs and keys: bad input in, exact location, message and fix out. */
class SpecLinkValidationTest extends AbstractSpecValidationTest {

    @Test
    void duplicateLinkNameAcrossFiles() {
        String link = """
                links:
                  - name: member_coverage
                    related_hub: %s
                    sources: [legacy]
                    related_keys: {legacy: %s}
                """;
        specs().write("specs/coverage.yml", COVERAGE + link.formatted("member", "member_id"))
                .write("specs/member.yml", MEMBER + link.formatted("coverage", "coverage_id"));
        assertThat(specs().diagnostics()).containsExactly(
                "specs/coverage.yml:12:11: link 'member_coverage' is defined more than once (also at"
                        + " specs/member.yml:16:11) (rename one of them (link names are unique across the design))",
                "specs/member.yml:16:11: link 'member_coverage' is defined more than once (also at"
                        + " specs/coverage.yml:12:11) (rename one of them (link names are unique across the design))");
    }

    @Test
    void unknownRelatedHubSuggestsEntityNamesOfAllFiles() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverrage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:17:18: link 'member_coverage' relates to unknown entity 'coverrage' (did you mean"
                        + " 'coverage'?)");
    }

    @Test
    void seedLinkWithoutRelatedKeysNamesLinkSourceHubAndFix() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:16:5: link 'member_coverage' has no related_keys entry for source 'legacy', so the"
                        + " column carrying the coverage business key is unknown (add related_keys: {legacy: <column"
                        + " carrying the coverage business key>} to link 'member_coverage')");
    }

    @Test
    void relatedKeysArityMustMatchTheRelatedHubKey() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: [plan_id, coverage_id]}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:19:29: related_keys.legacy of link 'member_coverage' gives 2 columns for related"
                        + " hub 'coverage', whose business key has 1 part [coverage_id] (list one column per key part"
                        + " in business_key order: coverage: [<coverage_id column>])");
    }

    @Test
    void linkToItsOwnEntityIsNotSupported() {
        assertThat(member(MEMBER + """
                links:
                  - name: member_parent
                    related_hub: member
                    sources: [legacy]
                    related_keys: {legacy: parent_id}
                """)).containsExactly(
                "specs/member.yml:17:18: link 'member_parent' relates entity 'member' to itself, which a link"
                        + " cannot key (one hash key column per hub) (declare it under hierarchical_links or"
                        + " same_as_links, with one role per key)");
    }

    @Test
    void relationshipTypeAndRelatedKeysForAnUnlistedSource() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    relationship_type: many_many
                    sources: [legacy]
                    related_keys: {legacy: coverage_id, legasy: x}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:18:24: relationship_type 'many_many' of link 'member_coverage' is not one of"
                        + " one_to_one, one_to_many, many_to_one, many_to_many (did you mean 'many_to_many'?)",
                "specs/member.yml:20:41: related_keys of link 'member_coverage' names source 'legasy', which the link"
                        + " does not list in sources (did you mean 'legacy'?)");
    }

    @Test
    void relatedKeysFullFormNamingAnUnknownHub() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hubs: [coverage]
                    sources: [legacy]
                    related_keys:
                      legacy: {coverag: cov_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:20:7: related_keys.legacy of link 'member_coverage' has no column for related hub"
                        + " 'coverage' (add coverage: <column carrying the coverage business key>)",
                "specs/member.yml:20:16: related_keys.legacy of link 'member_coverage' names 'coverag', which is not"
                        + " a related hub of the link (did you mean 'coverage'?)");
    }

    @Test
    void relatedKeysShorthandNeedsASingleRelatedHub() {
        specs().write("specs/coverage.yml", COVERAGE)
                .write("specs/provider.yml", COVERAGE.replace("coverage", "provider"))
                .write("specs/member.yml", MEMBER + """
                        links:
                          - name: member_coverage
                            related_hubs: [coverage, provider]
                            sources: [legacy]
                            related_keys: {legacy: cov_id}
                        """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:19:28: related_keys.legacy of link 'member_coverage' must name the column per"
                        + " related hub because the link has 2 related hubs (write legacy: {coverage: <column>,"
                        + " provider: <column>})");
    }

    @Test
    void relatedHubAndRelatedHubsTogether() {
        assertThat(member(MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    related_hubs: [coverage]
                    sources: [legacy]
                """)).containsExactly("specs/member.yml:18:5: link 'member_coverage' sets both related_hub and"
                + " related_hubs (keep one of them)");
    }

    @Test
    void linkNamedLikeItsEntityCollidesWithTheHubHashKey() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:16:11: generated column 'member_hk' in stg_member_legacy is both the hash key of hub"
                        + " member and the hash key of link member (rename the link, satellite or entity so that the"
                        + " generated column names differ)");
    }

    @Test
    void twoLinksToOneHubFromOneStageMustUseTheSameKeyColumns() {
        specs().write("specs/coverage.yml", COVERAGE).write("specs/member.yml", MEMBER + """
                links:
                  - name: member_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: coverage_id}
                  - name: member_prior_coverage
                    related_hub: coverage
                    sources: [legacy]
                    related_keys: {legacy: prior_coverage_id}
                """);
        assertThat(specs().diagnostics()).containsExactly(
                "specs/member.yml:20:11: generated column 'coverage_bk' in stg_member_legacy is read from different"
                        + " source columns ([coverage_id] and [prior_coverage_id]) (use the same related_keys columns"
                        + " in every link of this entity that relates to the same hub)");
    }
}
