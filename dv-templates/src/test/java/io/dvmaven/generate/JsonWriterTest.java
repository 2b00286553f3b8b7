package io.dvmaven.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedStructuresWithStableIndentation() {
        String json = new JsonWriter().beginObject()
                .field("name", "h_member")
                .field("count", 3)
                .field("ok", true)
                .field("none", (String) null)
                .field("list", List.of("a", "b"))
                .field("empty", List.of())
                .name("nested").beginObject().field("x", 1).endObject()
                .endObject().toJson();

        assertThat(json).isEqualTo("""
                {
                  "name": "h_member",
                  "count": 3,
                  "ok": true,
                  "none": null,
                  "list": [
                    "a",
                    "b"
                  ],
                  "empty": [],
                  "nested": {
                    "x": 1
                  }
                }
                """);
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String json = new JsonWriter().beginArray().value("say \"hi\"\\\n\t\u0001é").endArray().toJson();

        assertThat(json).isEqualTo("[\n  \"say \\\"hi\\\"\\\\\\n\\t\\u0001é\"\n]\n");
    }
}
