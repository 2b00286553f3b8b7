package io.dvmaven.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifReportTest {

    @Test
    void hasTheRequiredSarifFields() {
        String sarif = SarifReport.render(ReportFixtures.outcome());

        assertThat(sarif).startsWith("""
                {
                  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
                  "version": "2.1.0",
                  "runs": [
                    {
                      "tool": {
                        "driver": {
                          "name": "dv-maven-plugin",
                          "version": "0.1.0-SNAPSHOT",
                          "semanticVersion": "0.1.0-SNAPSHOT",
                          "rules": [
                            {
                              "id": "DV001",
                """);
        assertThat(sarif).contains("""
                        {
                          "ruleId": "DV001",
                          "ruleIndex": 0,
                          "level": "error",
                          "message": {
                            "text": "hub 'hub_x' must start with \\"h_\\" & <not> hub_ (fix: rename it | move it)"
                          },
                          "locations": [
                            {
                              "physicalLocation": {
                                "artifactLocation": {
                                  "uri": "models/integration/hubs/hub_x.sql",
                                  "uriBaseId": "%SRCROOT%"
                                },
                                "region": {
                                  "startLine": 1,
                                  "startColumn": 1
                                }
                              }
                            }
                          ]
                        },
                """);
        assertThat(sarif).contains("\"suppressions\": [", "\"kind\": \"inSource\"", "\"ruleId\": \"DV-DRIFT\"",
                "\"ruleId\": \"DV-DBT\"", "\"text\": \"generated file is edited: body changed\"");
        assertThat(sarif).isEqualTo(SarifReport.render(ReportFixtures.outcome()));
    }
}
