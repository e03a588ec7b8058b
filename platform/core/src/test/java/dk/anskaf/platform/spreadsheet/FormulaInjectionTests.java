package dk.anskaf.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaInjectionTests {

    @Test
    void everyOwaspTriggerIsNeutralisedAlsoAfterLeadingWhitespaceOrControlCharacters() {
        for (String hostile : new String[] {
            "=3+4",
            "+3+4",
            "-3+4",
            "@SUM(A1)",
            "\t=3+4",
            "\r=3+4",
            "\tplain",
            "\rplain",
            " =3+4",
            "\n=1",
            "\u00A0=1",
            "\u0000=1",
            "\u001F+1",
            "\uFF1D1+1"
        }) {
            assertThat(FormulaInjection.isTrigger(hostile)).as(hostile).isTrue();
            assertThat(FormulaInjection.neutralise(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        for (String text : new String[] {"Anmodning om restore", "4 timer", " tekst", "a=b", "", "'=quoted"}) {
            assertThat(FormulaInjection.isTrigger(text)).as(text).isFalse();
            assertThat(FormulaInjection.neutralise(text)).isEqualTo(text);
        }
        assertThat(FormulaInjection.neutralise(null)).isNull();
    }
}
