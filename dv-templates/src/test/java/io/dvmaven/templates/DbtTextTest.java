package io.dvmaven.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Every escaping function over hundreds of seeded hostile texts: the result reads back as the text, inert. */
class DbtTextTest {

    static Stream<String> hostile() {
        return HostileText.generate(20261205L, 400, true).stream();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void jinjaInertTextRendersBackToItselfAndOpensNothing(String text) {
        assertThat(HostileText.renderInert(DbtText.jinjaInert(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void yamlScalarReadsBackAsTheTextOnOneLine(String text) {
        String scalar = DbtText.yamlScalar(text);
        assertThat(scalar).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
        Object loaded = ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString("k: " + scalar)).get("k");
        assertThat(HostileText.renderInert((String) loaded)).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void singleQuotedYamlReadsBackAsTheTextWithLineBreaksAsSpaces(String text) {
        String scalar = DbtText.yamlSingleQuoted(text);
        Object loaded = ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString("k: [" + scalar + "]"))
                .get("k");
        assertThat(HostileText.renderInert((String) ((List<?>) loaded).get(0))).isEqualTo(DbtText.oneLine(text));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void acceptedValuePastedBetweenQuotesByDbtIsOneSqlLiteral(String text) {
        Object loaded = ((Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString("k: [" + DbtText.acceptedValue(text) + "]")).get("k");
        String pasted = "'" + HostileText.renderInert((String) ((List<?>) loaded).get(0)) + "'"; // as dbt's SQL does
        String inner = pasted.substring(1, pasted.length() - 1);
        assertThat(inner.replace("''", "")).doesNotContain("'");
        assertThat(inner.replace("''", "'")).isEqualTo(DbtText.oneLine(text));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void sqlLineCommentCannotEndTheComment(String text) {
        String comment = DbtText.sqlLineComment(text);
        assertThat(comment).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c");
        assertThat(HostileText.renderInert(comment)).isEqualTo(DbtText.oneLine(text));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void sqlStringLiteralIsOneLiteral(String text) {
        String literal = HostileText.renderInert(DbtText.sqlStringLiteral(text));
        String inner = literal.substring(1, literal.length() - 1);
        assertThat(literal).startsWith("'").endsWith("'");
        assertThat(inner.replace("''", "")).doesNotContain("'");
        assertThat(inner.replace("''", "'")).isEqualTo(text);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void yamlInsideJinjaIsRenderedThenReadBackAsTheText(String text) {
        String rendered = HostileText.renderInert(DbtText.yamlInJinja(text));
        Object loaded = ((Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString("k: " + rendered))
                .get("k");
        assertThat(loaded).isEqualTo(DbtText.oneLine(text));
    }

    @Test
    void literalBlocksOfDescriptionsAreInertToo() {
        String block = YamlText.block("**Entity**: {{ run_query('x') }}\n{% if %}", "  ");
        assertThat(HostileText.renderInert(block)).isEqualTo("|\n  **Entity**: {{ run_query('x') }}\n  {% if %}");
    }
}
