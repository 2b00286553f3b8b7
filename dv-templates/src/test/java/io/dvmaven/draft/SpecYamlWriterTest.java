package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecYamlWriterTest {

    @SuppressWarnings("unchecked")
    @Test
    void writesSpecsInTheHandWrittenLayoutWhateverTheKeyOrder() throws Exception {
        Map<String, Object> spec = (Map<String, Object>) Json.parse("""
                {"source_mappings": {"pbm": {"key_field": {"group_id": "grp", "number": "no"}, "table": "fills",
                   "schema": "pbm_raw", "columns": {"yes": "y_n"}}},
                 "satellites": [{"sources": ["pbm"], "attributes": ["cost", {"description": "Drug \\"code\\"",
                   "name": "ndc"}], "name": "drug"}],
                 "hub": {"sources": ["pbm"], "business_key": ["group_id", "number"]},
                 "entity": {"description": "Fill: one dispensing", "name": "pharmacy_fill"},
                 "extra": 1}
                """);

        assertThat(SpecYamlWriter.write(spec)).isEqualTo("""
                entity:
                  name: pharmacy_fill
                  description: "Fill: one dispensing"

                hub:
                  business_key: [group_id, number]
                  sources: [pbm]

                satellites:
                  - name: drug
                    attributes:
                      - cost
                      - name: ndc
                        description: "Drug \\"code\\""
                    sources: [pbm]

                source_mappings:
                  pbm:
                    schema: pbm_raw
                    table: fills
                    key_field:
                      group_id: grp
                      number: "no"
                    columns:
                      "yes": y_n

                extra: 1
                """);
    }
}
