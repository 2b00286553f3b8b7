package io.dvmaven.model.kinds.asof;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.kinds.bridge.BridgeKind;
import io.dvmaven.model.kinds.pit.PitKind;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DV040 and DV041 (PIT and bridge names) and DV042 (their as-of model exists). */
class BusinessVaultRulesTest {

    private static final String BV = "models/business_vault/";
    private static final String PIT = """
            {%- set as_of_dates_table = "as_of_date" -%}
            {{ dv_pit(src_pk=src_pk, as_of_dates_table=as_of_dates_table) }}
            """;

    @TempDir
    Path dir;

    private final MacroModelNameRule pitNames = new MacroModelNameRule("DV040", "PIT", "dv_pit", PitKind.MODEL);
    private final MacroModelNameRule bridgeNames = new MacroModelNameRule("DV041", "bridge", "dv_bridge",
            BridgeKind.MODEL);

    @Test
    void passesPitsAndBridgesNamedByTheirPatternsOverAnExistingAsOfModel() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(BV + "as_of_date.sql", "select 1")
                .write(BV + "pit_member.sql", PIT)
                .write(BV + "bridge_member.sql", PIT.replace("dv_pit", "dv_bridge"));
        assertThat(fixture.findings(pitNames)).isEmpty();
        assertThat(fixture.findings(bridgeNames)).isEmpty();
        assertThat(fixture.findings(new AsOfModelRule())).isEmpty();
    }

    @Test
    void reportsAPitOrBridgeNamedOtherwise() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(BV + "as_of_date.sql", "select 1")
                .write(BV + "member_history.sql", PIT)
                .write(BV + "member_coverages.sql", PIT.replace("dv_pit", "dv_bridge"));
        assertThat(fixture.findings(pitNames)).containsExactly("models/business_vault/member_history.sql:1:1: "
                + "[DV040] PIT model 'member_history' does not fit pit_{pit} (fix: rename it to pit_{pit})");
        assertThat(fixture.findings(bridgeNames)).containsExactly("models/business_vault/member_coverages.sql:1:1: "
                + "[DV041] bridge model 'member_coverages' does not fit bridge_{bridge} (fix: rename it to "
                + "bridge_{bridge})");
    }

    @Test
    void reportsAnAsOfModelThatIsNotInTheProject() {
        ProjectFixture fixture = ProjectFixture.member(dir).write(BV + "pit_member.sql", PIT);
        assertThat(fixture.findings(new AsOfModelRule())).containsExactly("models/business_vault/pit_member.sql:1:30: "
                + "[DV042] 'pit_member' reads its as-of dates from 'as_of_date', which is not a model of the project "
                + "(fix: add the as-of-date model, or name an existing one in as_of_dates: {model: ...})");
    }
}
