package io.dvmaven.model.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.rules.NamingRule;
import io.dvmaven.model.rules.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindRegistryTest {

    @Test
    void listsEachKindOnceInDependencyOrder() {
        List<String> ids = KindRegistry.all().stream().map(Kind::id).toList();
        assertThat(ids).startsWith("hub", "stage", "link", "sat").contains("eff_sat", "nh_link", "link_sat", "ma_sat", "xts", "as_of_dates", "pit", "bridge")
                .doesNotHaveDuplicates();
        assertThat(ids.indexOf("hub")).isLessThan(ids.indexOf("link"));
        assertThat(ids.indexOf("link")).isLessThan(ids.indexOf("sat"));
        assertThat(ids.indexOf("link")).isLessThan(ids.indexOf("eff_sat")).isLessThan(ids.indexOf("link_sat"));
        assertThat(ids.indexOf("ma_sat")).isLessThan(ids.indexOf("xts")); // xts tracks multi-active groups too
    }

    @Test
    void eachKindHasItsOwnSpecSection() {
        assertThat(KindRegistry.all().stream().map(Kind::section))
                .startsWith("hub", "source_mappings", "links", "satellites")
                .contains("effectivity_satellites", "transactional_links", "link_satellites", "multi_active_satellites",
                        "extended_tracking", "reference_tables", "as_of_dates", "pits",
                        "bridges")
                .doesNotHaveDuplicates();
    }

    @Test
    void ruleIdsAreUniqueAcrossKindsAndSharedRules() {
        List<String> kindRuleIds = KindRegistry.all().stream().flatMap(k -> k.rules().stream())
                .map(NamingRule::id).toList();
        assertThat(kindRuleIds).doesNotHaveDuplicates().allMatch(id -> id.matches("DV\\d{3}"));
        List<String> catalog = RuleCatalog.all().stream().map(NamingRule::id).toList();
        assertThat(catalog).doesNotHaveDuplicates().containsAll(kindRuleIds);
    }

    @Test
    void everyKindContributesARule() {
        KindRegistry.all().forEach(kind -> assertThat(kind.rules()).as(kind.id()).isNotEmpty());
    }
}
