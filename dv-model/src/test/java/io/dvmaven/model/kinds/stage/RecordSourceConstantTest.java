package io.dvmaven.model.kinds.stage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** AutomateDV pastes a {@code !text} constant between quotes unescaped; a quote in the text must not end it. */
class RecordSourceConstantTest {

    @Test
    void plainTextKeepsAutomateDvsConstantForm() {
        assertThat(StageResolver.recordSourceConstant("CRM \"EU\" -- /* x")).isEqualTo("!CRM \"EU\" -- /* x");
    }

    @Test
    void textWithAQuoteBecomesALiteralWithTheQuotesDoubled() {
        assertThat(StageResolver.recordSourceConstant("O'Brien') as pwned --"))
                .isEqualTo("'O''Brien'') as pwned --'");
    }
}
