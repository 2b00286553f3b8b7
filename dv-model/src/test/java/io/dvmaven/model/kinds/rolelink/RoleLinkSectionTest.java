package io.dvmaven.model.kinds.rolelink;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.DesignResult;
import io.dvmaven.model.testing.LinkedSpecs;
import io.dvmaven.model.vault.HashedColumn;
import io.dvmaven.model.vault.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleLinkSectionTest {

    private static final String HIERARCHY = """
            hierarchical_links:
              - name: member_sponsor
                roles: [sponsor, dependant]
                sources: [legacy, web]
                role_keys:
                  legacy: {sponsor: sponsor_id, dependant: member_id}
                  web: {sponsor: sponsor_no, dependant: member_no}
            """;

    @TempDir
    Path dir;

    private List<String> errors(String section) {
        return new LinkedSpecs(dir).errors(section);
    }

    @Test
    void resolvesOneHashKeyPerRoleFromBothSources() {
        DesignResult result = new LinkedSpecs(dir).load(HIERARCHY);

        assertThat(result.diagnostics()).noneMatch(d -> d.isError());
        RoleLink link = result.vault().all(RoleLink.class).get(0);
        assertThat(link.model()).isEqualTo("hal_member_sponsor");
        assertThat(link.folder()).isEqualTo("integration/hierarchical_links");
        assertThat(link.roles()).extracting(RoleLink.Role::hashKey)
                .containsExactly("sponsor_member_hk", "dependant_member_hk");
        assertThat(link.stageModels()).containsExactly("stg_member_legacy", "stg_member_web");
        Stage web = result.vault().stages().stream().filter(s -> s.model().equals("stg_member_web")).findFirst()
                .orElseThrow();
        assertThat(web.hashedColumns()).filteredOn(h -> h.name().equals("member_sponsor_hk"))
                .extracting(HashedColumn::columns)
                .containsExactly(List.of("sponsor_member_bk", "dependant_member_bk"));
    }

    @Test
    void sameAsLinksHaveTheirOwnSectionAndName() {
        DesignResult result = new LinkedSpecs(dir).load(HIERARCHY.replace("hierarchical_links", "same_as_links"));

        assertThat(result.vault().all(RoleLink.class)).extracting(RoleLink::model, RoleLink::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sal_member_sponsor", RoleLinkType.SAME_AS));
    }

    @Test
    void oneRoleIsNotEnough() {
        assertThat(errors(HIERARCHY.replace("[sponsor, dependant]", "[sponsor]")
                .replace(", dependant: member_id", "").replace(", dependant: member_no", ""))).containsExactly(
                "spec.too-few-roles specs/member.yml:16:13: hierarchical link 'member_sponsor' names one role; it"
                        + " joins the hub with itself, so it needs two or more (write roles: [parent, child])");
    }

    @Test
    void everySourceAndRoleHasItsKeyColumns() {
        assertThat(errors(HIERARCHY.replace("      web: {sponsor: sponsor_no, dependant: member_no}\n", "")
                .replace("{sponsor: sponsor_id, dependant: member_id}", "{sponsor: sponsor_id}"))).containsExactly(
                "spec.missing-field specs/member.yml:19:7: missing required key 'dependant' in role_keys.legacy of"
                        + " hierarchical link 'member_sponsor' (add dependant: <column carrying the dependant's"
                        + " business key>)",
                "spec.link-key-missing specs/member.yml:19:7: role_keys of hierarchical link 'member_sponsor' has no"
                        + " entry for source 'web' (add web: {sponsor: <column>, dependant: <column>})");
    }

    @Test
    void theNameOfALinkIsTaken() {
        assertThat(errors(HIERARCHY.replace("name: member_sponsor", "name: member_coverage"))).containsExactly(
                "spec.duplicate-name specs/member.yml:15:11: hierarchical link 'member_coverage' has the name of a"
                        + " link, so both would get hash key column member_coverage_hk (rename the hierarchical link)");
    }
}
