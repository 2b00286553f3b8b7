package io.dvmaven.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsEveryJsonTypeKeepingMemberOrder() throws Exception {
        Object value = Json.parse(" {\"b\": [1, -2.5e3, true, false, null], \"a\": \"x\\n\\u00e9\\/\\\"\"} ");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", Arrays.asList(1L, new BigDecimal("-2.5e3"), true, false, null));
        expected.put("a", "x\né/\"");
        assertThat(value).isEqualTo(expected);
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.of("b", "a"));
    }

    @Test
    void writesCompactJsonThatReadsBack() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "line\n\"quoted\"\t\u0001");
        map.put("list", List.of(1, 0.2, true));
        map.put("none", null);

        String json = Json.write(map);

        assertThat(json).isEqualTo("{\"text\":\"line\\n\\\"quoted\\\"\\t\\u0001\",\"list\":[1,0.2,true],\"none\":null}");
        assertThat(Json.write(Json.parse(json))).isEqualTo("{\"text\":\"line\\n\\\"quoted\\\"\\t\\u0001\",\"list\":[1,0.2,true],\"none\":null}");
    }

    @Test
    void reportsWhereTheTextStopsBeingJson() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": [1, 2\n"))
                .hasMessage("line 3, column 1: unexpected end of input inside an array");
        assertThatThrownBy(() -> Json.parse("{a: 1}")).hasMessage("line 1, column 2: expected a quoted member name");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessage("line 1, column 4: unexpected text after the JSON "
                + "value");
        assertThatThrownBy(() -> Json.parse("entity:\n  name: member"))
                .hasMessage("line 1, column 1: unexpected text 'entity', expected a value");
    }
}
