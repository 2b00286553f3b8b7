package io.dvmaven.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.dvmaven.model.json.Json;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DraftSchemaTest {

    @Test
    void wrapsTheSpecSchemaWithAssumptionsAndOpenQuestionsAndKeepsItsReferencesResolvable() {
        Map<String, Object> schema = DraftSchema.responseSchema();

        assertThat(schema.keySet()).contains("type", "required", "properties", "$defs").doesNotContain("$schema");
        assertThat(schema.get("required")).isEqualTo(List.of("drafts"));
        Map<?, ?> drafts = (Map<?, ?>) ((Map<?, ?>) schema.get("properties")).get("drafts");
        Map<?, ?> item = (Map<?, ?>) drafts.get("items");
        assertThat(item.get("required")).isEqualTo(List.of("spec", "assumptions", "open_questions"));
        Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) item.get("properties")).get("spec");
        assertThat(spec.keySet().stream().map(String::valueOf).toList()).contains("properties", "required")
                .doesNotContain("$defs", "$id", "examples");
        // every "#/$defs/x" reference points at a definition hoisted to the root
        Map<?, ?> defs = (Map<?, ?>) schema.get("$defs");
        Matcher refs = Pattern.compile("\"\\$ref\":\"#/\\$defs/([A-Za-z]+)\"").matcher(Json.write(schema));
        int count = 0;
        while (refs.find()) {
            assertThat(defs.containsKey(refs.group(1))).as(refs.group(1)).isTrue();
            count++;
        }
        assertThat(count).isPositive();
    }
}
