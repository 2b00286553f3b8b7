package io.dvmaven.model.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import io.dvmaven.model.SpecSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The shipped JSON Schema itself: a valid draft 2020-12 schema, every field documented with examples that
 * validate, and names spelt as the parser spells them.
 */
class SpecSchemaTest extends AbstractSpecSchemaTest {

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(JSON.readTree(SpecSchema.text()))).isEmpty();
        assertThat(JSON.readTree(SpecSchema.text()).path("$id").asText()).isEqualTo(SpecSchema.ID);
    }

    @Test
    void everyFieldHasTitleDescriptionAndExamples() throws IOException {
        JsonNode root = JSON.readTree(SpecSchema.text());
        List<String> fields = new ArrayList<>();
        List<String> undocumented = new ArrayList<>();
        collectFields(root, "", fields);
        root.path("$defs").fields().forEachRemaining(def -> fields.add("/$defs/" + def.getKey()));
        fields.add("");
        for (String pointer : fields) {
            JsonNode field = root.at(pointer);
            for (String annotation : List.of("title", "description", "examples")) {
                if (!field.has(annotation)) {
                    undocumented.add(pointer + " lacks " + annotation);
                }
            }
        }

        assertThat(fields).hasSizeGreaterThan(40);
        assertThat(undocumented).isEmpty();
    }

    /** Every entry of a {@code properties} map, and every non-reference {@code additionalProperties}. */
    private static void collectFields(JsonNode node, String pointer, List<String> fields) {
        node.fields().forEachRemaining(entry -> {
            String child = pointer + "/" + entry.getKey().replace("~", "~0").replace("/", "~1");
            if (entry.getKey().equals("properties") && entry.getValue().isObject()) {
                entry.getValue().fieldNames().forEachRemaining(name -> fields.add(child + "/" + name));
            }
            if (entry.getKey().equals("additionalProperties") && entry.getValue().isObject()
                    && !entry.getValue().has("$ref") && pointer.startsWith("/properties")) {
                fields.add(child);
            }
            // if/then only narrow fields documented elsewhere
            if (entry.getValue().isContainerNode() && !entry.getKey().equals("if") && !entry.getKey().equals("then")) {
                collectFields(entry.getValue(), child, fields);
            }
        });
    }

    @Test
    void everyExampleInTheSchemaValidatesAgainstItsOwnField() throws IOException {
        JsonNode root = JSON.readTree(SpecSchema.text());
        List<String> pointers = new ArrayList<>();
        collectExamples(root, "", pointers);
        List<String> failures = new ArrayList<>();
        for (String pointer : pointers) {
            Schema field = registry.getSchema(SchemaLocation.of(SpecSchema.ID + "#" + pointer));
            for (JsonNode example : root.at(pointer).path("examples")) {
                field.validate(example).forEach(error -> failures.add(pointer + " example " + example + ": "
                        + error.getMessage()));
            }
        }

        assertThat(pointers).hasSizeGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    private static void collectExamples(JsonNode node, String pointer, List<String> pointers) {
        if (node.isObject() && node.has("examples")) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(entry -> {
                if (!entry.getKey().equals("examples") && entry.getValue().isContainerNode()) {
                    collectExamples(entry.getValue(), pointer + "/" + entry.getKey(), pointers);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectExamples(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"member", "member_id", "m1", "address_line1", "a_1_b",
            "member_", "member__id", "_member", "1member", "Member", "first-name", "first name", "m\u00e9mber", ""})
    void theSchemaSpellsNamesLikeTheParser(String name) {
        Schema nameSchema = registry.getSchema(SchemaLocation.of(SpecSchema.ID + "#/$defs/name"));

        assertThat(nameSchema.validate(JSON.getNodeFactory().textNode(name)).isEmpty()).as(name)
                .isEqualTo(Names.isSnakeCase(name));
    }
}
