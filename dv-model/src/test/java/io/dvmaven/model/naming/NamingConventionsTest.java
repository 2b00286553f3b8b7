package io.dvmaven.model.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingConventionsTest {

    private static NamingConventions withHubModel(String hubModel) {
        NamingConventions d = NamingConventions.defaults();
        return new NamingConventions(d.stagingModel(), hubModel, d.linkModel(), d.satelliteModel(), d.hubHashKey(),
                d.linkHashKey(), d.businessKey(), d.compositeBusinessKey(), d.hashdiff(), d.rawSource(),
                d.stagingFolder(), d.hubFolder(), d.linkFolder(), d.satelliteFolder(), d.recordSourceColumn(),
                d.loadTimestampColumn());
    }

    @Test
    void defaultsAndDbtStyleDoubleUnderscoresAreValid() {
        NamingConventions d = NamingConventions.defaults();
        NamingConventions dbtStyle = new NamingConventions("stg_{source}__{entity}", "hub__{entity}", d.linkModel(),
                d.satelliteModel(), d.hubHashKey(), d.linkHashKey(), d.businessKey(), d.compositeBusinessKey(),
                d.hashdiff(), d.rawSource(), d.stagingFolder(), d.hubFolder(), d.linkFolder(), d.satelliteFolder(),
                d.recordSourceColumn(), d.loadTimestampColumn());

        assertThat(d.problems()).isEmpty();
        assertThat(dbtStyle.problems()).isEmpty();
        assertThat(dbtStyle.stagingModelName("member", "legacy_facets")).matches(NamingConventions.LOWER_SNAKE_NAME);
    }

    @Test
    void expandsEveryPlaceholderInPlaceAndKeepsTheLiteralText() {
        NamingConventions d = NamingConventions.defaults();
        assertThat(d.satelliteModelName("member", "contact", "crm")).isEqualTo("s_member_contact_crm");
        assertThat(d.stagingModelName("member", "legacy_facets")).isEqualTo("stg_member_legacy_facets");
        assertThat(withHubModel("hub__{entity}_x2").hubModelName("member")).isEqualTo("hub__member_x2");
        assertThat(withHubModel("{entity}{entity}").hubModelName("ab")).isEqualTo("abab");
        assertThat(withHubModel("h_{entity").hubModelName("member")).isEqualTo("h_{entity");
        assertThat(withHubModel("h_{}_{entity}").hubModelName("member")).isEqualTo("h_{}_member");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withHubModel("h_{link}").hubModelName("member"))
                .hasMessageContaining("unknown placeholder {link}");
    }

    @Test
    void rejectsPatternsWhoseNamesTheVerifyRulesWouldReject() {
        // each would pass generation and then fail DV002 on every generated hub
        for (String hubModel : List.of("h_{entity}_", "_h_{entity}", "{entity}__", "H_{entity}")) {
            assertThat(withHubModel(hubModel).problems()).as(hubModel).containsExactly(
                    "naming pattern hubModel '" + hubModel + "' must produce a lower snake_case name (use lower-case"
                            + " letters, digits, underscores and placeholders, starting with a letter, not ending"
                            + " with an underscore)");
        }
    }

    @Test
    void lowerSnakeNames() {
        assertThat(List.of("member", "member_hk", "stg_legacy_facets__member", "address_line1", "x2"))
                .allMatch(n -> NamingConventions.LOWER_SNAKE_NAME.matcher(n).matches());
        assertThat(List.of("Member", "member-hk", "_member", "member_", "1member", "member hk", ""))
                .noneMatch(n -> NamingConventions.LOWER_SNAKE_NAME.matcher(n).matches());
    }

    @Test
    void reportsAnOverrideOfAPatternNoKindDeclares() {
        NamingConventions naming = NamingConventions.defaults().withKindPatterns(java.util.Map.of("wizardModel", "w_{entity}"));
        assertThat(naming.problems()).anyMatch(p -> p.startsWith("naming pattern wizardModel is unknown (use one of stagingModel, "));
    }

    @Test
    void expandsAKindsDeclaredPatternWithTheOverrideOrItsDefault() {
        NamingPattern pattern = new NamingPattern("widgetModel", "wd_{entity}", java.util.Set.of("entity"),
                java.util.Set.of("entity"), "widget model");
        assertThat(NamingConventions.defaults().name(pattern, java.util.Map.of("entity", "member"))).isEqualTo("wd_member");
        assertThat(NamingConventions.defaults().withKindPatterns(java.util.Map.of("widgetModel", "widget_{entity}"))
                .name(pattern, java.util.Map.of("entity", "member"))).isEqualTo("widget_member");
    }
}
