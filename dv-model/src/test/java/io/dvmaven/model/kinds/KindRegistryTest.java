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
        assertThat(ids).containsExactly("hub", "stage", "link", "sat", "ma_sat", "xts");
        assertThat(ids.indexOf("hub")).isLessThan(ids.indexOf("link"));
        assertThat(ids.indexOf("link")).isLessThan(ids.indexOf("sat"));
        assertThat(ids.indexOf("ma_sat")).isLessThan(ids.indexOf("xts")); // xts tracks multi-active groups too
    }

    @Test
    void eachKindHasItsOwnSpecSection() {
        assertThat(KindRegistry.all().stream().map(Kind::section))
                .containsExactly("hub", "source_mappings", "links", "satellites", "multi_active_satellites",
                        "extended_tracking")
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
