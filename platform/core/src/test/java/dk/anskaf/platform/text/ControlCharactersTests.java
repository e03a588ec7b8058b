package dk.anskaf.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharactersTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b",
                "\u0001",
                "x\u001Fy",
                "del\u007F",
                "nel\u0085",
                "csi\u009B",
                "lone\uD800",
                "\uDC00tail"
            })
    void controlCharactersAndLoneSurrogatesAreRefused(String text) {
        assertThat(ControlCharacters.isClean(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "Tab\tLF\nCR\r", "Ærø Æblemost – 10 %", "emoji 🙂 pair", "no-break\u00A0space", "zwj\u200D"})
    void ordinaryTextIncludingTabNewlineAndAstralCharactersIsAllowed(String text) {
        assertThat(ControlCharacters.isClean(text)).isTrue();
    }

    @Test
    void theMessageNamesTheCharacterAndItsPosition() {
        assertThat(ControlCharacters.describe("ab\u0000"))
                .isEqualTo("indeholder et ugyldigt kontroltegn (U+0000 på plads 3)");
    }
}
