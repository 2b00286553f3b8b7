package io.dvmaven.model.report;

import io.dvmaven.model.json.Json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void rendersTheOutcomeDeterministically() {
        String json = JsonReport.render(ReportFixtures.outcome());

        assertThat(json).isEqualTo("""
                {
                  "tool": "dv-maven-plugin",
                  "version": "0.1.0-SNAPSHOT",
                  "result": "failed",
                  "summary": {
                    "models": 2,
                    "generatedModels": 1,
                    "errors": 1,
                    "warnings": 0,
                    "infos": 0,
                    "suppressed": 1,
                    "drift": 1,
                    "failOnWarning": false,
                    "documentedColumns": 0,
                    "columns": 0,
                    "documentationPercent": 100,
                    "documentationMinimum": 0,
                    "rulesToComplete": 0
                  },
                  "rules": [
                    {
                      "id": "DV001",
                      "title": "models carry the folder's <prefix>",
                      "defaultSeverity": "ERROR",
                      "level": "ERROR"
                    },
                    {
                      "id": "DV010",
                      "title": "models are documented",
                      "defaultSeverity": "WARNING",
                      "level": "OFF"
                    }
                  ],
                  "models": [
                    {
                      "name": "h_member",
                      "path": "models/integration/hubs/h_member.sql",
                      "generated": true
                    },
                    {
                      "name": "hub_x",
                      "path": "models/integration/hubs/hub_x.sql",
                      "generated": false
                    }
                  ],
                  "documentation": [],
                  "rulesToComplete": [],
                  "findings": [
                    {
                      "rule": "DV001",
                      "severity": "error",
                      "file": "models/integration/hubs/hub_x.sql",
                      "line": 1,
                      "column": 1,
                      "model": "hub_x",
                      "generatedFile": false,
                      "message": "hub 'hub_x' must start with \\"h_\\" & <not> hub_",
                      "fix": "rename it | move it",
                      "text": "models/integration/hubs/hub_x.sql:1:1: [DV001] hub 'hub_x' must start with \\"h_\\" & <not> hub_ (fix: rename it | move it)"
                    }
                  ],
                  "suppressed": [
                    {
                      "rule": "DV001",
                      "severity": "error",
                      "file": "models/integration/hubs/h_member.sql",
                      "line": 9,
                      "column": 19,
                      "model": "h_member",
                      "generatedFile": true,
                      "message": "suppressed one",
                      "fix": null,
                      "text": "models/integration/hubs/h_member.sql:9:19: [DV001] suppressed one"
                    }
                  ],
                  "drift": [
                    {
                      "path": "models/integration/hubs/h_member.sql",
                      "kind": "edited",
                      "detail": "body changed"
                    }
                  ],
                  "dbt": {
                    "command": "compile",
                    "errors": 1,
                    "failures": 0,
                    "nodes": [
                      {
                        "name": "model.member.h_member",
                        "path": "models/integration/hubs/h_member.sql",
                        "status": "success",
                        "message": "",
                        "seconds": 1.5
                      },
                      {
                        "name": "model.member.l_member_coverage",
                        "path": "models/integration/links/l_member_coverage.sql",
                        "status": "error",
                        "message": "Compilation Error in model l_member_coverage\\n  'automate_dv' is undefined < & >",
                        "seconds": 0.25
                      }
                    ]
                  }
                }
                """);
    }

    @Test
    void escapesControlCharacters() {
        String out = Json.write("tab\t quote\" back\\ bell\u0007 nl\n");

        assertThat(out).isEqualTo("\"tab\\t quote\\\" back\\\\ bell\\u0007 nl\\n\"");
    }
}
