package io.dvmaven.model.rules;

import static io.dvmaven.model.rules.RuleTestSupport.HUBS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dvmaven.model.Severity;
import io.dvmaven.model.naming.NamingConventions;
import io.dvmaven.model.testing.ProjectFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleEngineTest {

    @TempDir
    Path dir;

    private static final String UNDOCUMENTED = "models/marts/member_summary.sql:1:1: [DV010] model 'member_summary' is"
            + " not documented in any schema file (fix: add '- name: member_summary' with a description to"
            + " models/marts/member_summary.yml)";

    private RuleResult run(ProjectFixture fixture, RuleSettings settings) {
        return RuleEngine.create(settings).run(fixture.scan(), NamingConventions.defaults());
    }

    private int fixtures;

    private ProjectFixture member() {
        return ProjectFixture.member(dir.resolve("p" + ++fixtures));
    }

    private ProjectFixture withUndocumentedMart() {
        return member().write("models/marts/member_summary.sql", "select 1\n");
    }

    @Test
    void collectsFindingsWithDefaultSeverities() {
        RuleResult result = run(withUndocumentedMart().write(HUBS + "Hub_Member.sql", "select 1"),
                RuleSettings.defaults());

        assertThat(result.findings()).extracting(Finding::format).containsExactly(
                "models/integration/hubs/Hub_Member.sql:1:1: [DV001] hub 'Hub_Member' in integration/hubs must start"
                        + " with 'h_' (pattern h_{entity}) (fix: rename it to h_{entity}, or move it out of integration/hubs)",
                "models/integration/hubs/Hub_Member.sql:1:1: [DV002] model file name 'Hub_Member.sql' is not lower"
                        + " snake_case (fix: rename it to hub_member.sql)",
                "models/integration/hubs/Hub_Member.sql:1:1: [DV010] model 'Hub_Member' is not documented in any schema"
                        + " file (fix: add '- name: Hub_Member' with a description to models/integration/hubs/Hub_Member.yml)",
                UNDOCUMENTED);
        assertThat(result.errors()).isEqualTo(2);
        assertThat(result.warnings()).isEqualTo(2);
        assertThat(result.failed(false)).isTrue();
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.generatedFile()).isFalse());
        assertThat(result.findings().get(0).model()).isEqualTo("Hub_Member");
    }

    @Test
    void warningsFailOnlyWithFailOnWarning() {
        RuleResult result = run(withUndocumentedMart(), RuleSettings.defaults());

        assertThat(result.findings()).extracting(Finding::format).containsExactly(UNDOCUMENTED);
        assertThat(result.failed(false)).isFalse();
        assertThat(result.failed(true)).isTrue();
    }

    @Test
    void overridesSeverityAndSwitchesRulesOff() {
        RuleResult raised = run(withUndocumentedMart(), RuleSettings.defaults().withSeverities(Map.of("dv010", "error")));
        RuleResult off = run(withUndocumentedMart(), RuleSettings.defaults().withSeverities(Map.of("DV010", "OFF")));
        RuleResult info = run(withUndocumentedMart(), RuleSettings.defaults().withSeverities(Map.of("DV010", "info")));

        assertThat(raised.findings()).singleElement().satisfies(f -> {
            assertThat(f.diagnostic().severity()).isEqualTo(Severity.ERROR);
            assertThat(f.format()).isEqualTo(UNDOCUMENTED);
        });
        assertThat(raised.rules()).filteredOn(r -> r.id().equals("DV010")).singleElement()
                .extracting(RuleDescriptor::level).isEqualTo(RuleLevel.ERROR);
        assertThat(off.findings()).isEmpty();
        assertThat(info.findings()).singleElement().extracting(f -> f.diagnostic().severity()).isEqualTo(Severity.INFO);
        assertThat(info.failed(true)).isFalse();
    }

    @Test
    void skipsRulesById() {
        RuleResult result = run(withUndocumentedMart(),
                RuleSettings.defaults().withSkipped(RuleSettings.parseIds("DV010, dv002")));

        assertThat(result.findings()).isEmpty();
        assertThat(result.rules()).filteredOn(r -> !r.enabled()).extracting(RuleDescriptor::id)
                .containsExactly("DV002", "DV010");
    }

    @Test
    void rejectsUnknownIdsAndSeveritiesListingTheKnownIds() {
        assertThatThrownBy(() -> RuleEngine.create(RuleSettings.defaults()
                .withSeverities(Map.of("DV099", "ERROR", "DV004", "fatal"))
                .withSkipped(Set.of("DV100"))))
                .isInstanceOf(InvalidRuleConfigurationException.class)
                .hasMessage("unknown severity 'fatal' for DV004 (use ERROR, WARNING, INFO or OFF);"
                        + " unknown rule id 'DV099' in severities; unknown rule id 'DV100' in skipped rules"
                        + " (known rule ids: DV001, DV002, DV003, DV004, DV005, DV006, DV007, DV008, DV009, DV010,"
                        + " DV011, DV012, DV013, DV014, DV020, DV021, DV022, DV023, DV024, DV030, DV031, DV032, DV033,"
                        + " DV040, DV041, DV042; severities: ERROR, WARNING, INFO, OFF)");
    }

    @Test
    void suppressesAFindingOnItsLineOrTheLineBefore() {
        ProjectFixture fixture = member()
                .replace(HUBS + "h_member.sql", "{%- set src_pk = \"member_hk\" -%}",
                        "{%- set src_pk = \"member_key\" -%}  -- dv:ignore DV005 legacy key name")
                .replace(HUBS + "h_coverage.sql", "{%- set src_pk = \"coverage_hk\" -%}",
                        "-- dv:ignore DV001, DV005\n{%- set src_pk = \"coverage_key\" -%}");

        RuleResult result = run(fixture, RuleSettings.defaults().withSkipped(Set.of("DV011")));

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(Finding::format).containsExactly(
                "models/integration/hubs/h_coverage.sql:10:19: [DV005] hash key column 'coverage_key' of h_coverage does"
                        + " not match {entity}_hk or {link}_hk (fix: rename it to coverage_hk)",
                "models/integration/hubs/h_member.sql:9:19: [DV005] hash key column 'member_key' of h_member does not"
                        + " match {entity}_hk or {link}_hk (fix: rename it to member_hk)");
    }

    @Test
    void aTrailingCommentDoesNotCoverTheNextLine() {
        ProjectFixture fixture = member().replace(HUBS + "h_member.sql",
                "{%- set source_model", "select 1 -- dv:ignore DV005\n{%- set source_model")
                .replace(HUBS + "h_member.sql", "src_pk = \"member_hk\"", "src_pk = \"member_key\"");

        RuleResult result = run(fixture, RuleSettings.defaults().withSkipped(Set.of("DV011")));

        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("DV005");
    }

    @Test
    void suppressesARuleForAWholeModelIncludingItsSchemaEntry() {
        ProjectFixture fixture = member()
                .replace(HUBS + "schema.yml", "          - unique\n          - not_null\n      - name: member_bk",
                        "          - not_null\n      - name: member_bk")
                .replace(HUBS + "h_member.sql", "{{ config(", "{# dv:ignore-file DV011 #}\n{{ config(");

        RuleResult result = run(fixture, RuleSettings.defaults());

        assertThat(result.findings()).isEmpty();
        assertThat(result.suppressed()).extracting(Finding::ruleId).containsExactly("DV011");
        assertThat(result.suppressed().get(0).model()).isEqualTo("h_member");
        assertThat(result.suppressed().get(0).generatedFile()).isTrue();
    }

    @Test
    void suppressesInSchemaFilesWithHashComments() {
        ProjectFixture fixture = member()
                .replace(HUBS + "schema.yml", "- name: load_timestamp", "- name: LoadTimestamp  # dv:ignore DV003");

        assertThat(run(fixture, RuleSettings.defaults()).findings()).isEmpty();
    }

    @Test
    void formatsFailuresCappedWithAFixLine() {
        ProjectFixture fixture = member();
        for (int i = 1; i <= 4; i++) {
            fixture.write("models/marts/Mart" + i + ".sql", "select 1");
        }
        RuleResult result = run(fixture, RuleSettings.defaults().withSkipped(Set.of("DV010")));

        String message = new FindingsFormatter(3).failureMessage(result, false);

        assertThat(message).isEqualTo("""
                Naming rules found 4 errors in 4 models:
                models/marts/Mart1.sql:1:1: [DV002] model file name 'Mart1.sql' is not lower snake_case (fix: rename it to mart1.sql)
                models/marts/Mart2.sql:1:1: [DV002] model file name 'Mart2.sql' is not lower snake_case (fix: rename it to mart2.sql)
                models/marts/Mart3.sql:1:1: [DV002] model file name 'Mart3.sql' is not lower snake_case (fix: rename it to mart3.sql)
                … and 1 more
                Fix the models, or change the rule's severity with <ruleSeverities><DV002>WARNING</DV002></ruleSeverities>\
                 (OFF switches it off) or skip it with <skipRules>DV002</skipRules> (-Ddv.verify.skipRules=DV002);\
                 to accept one finding, put '-- dv:ignore DV002' on its line.
                """);
        assertThat(new FindingsFormatter(50).failureMessage(run(member(), RuleSettings.defaults()), true))
                .isEmpty();
    }

    @Test
    void failureMessageCountsWarningsWithFailOnWarning() {
        RuleResult result = run(withUndocumentedMart(), RuleSettings.defaults());

        assertThat(new FindingsFormatter(50, "Fix it.").failureMessage(result, true))
                .isEqualTo("Naming rules found 1 warning in 1 model:\n" + UNDOCUMENTED + "\nFix it.\n");
    }
}
