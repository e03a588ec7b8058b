package dk.anskaf.dialogue.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How suppliers read a requirement's text: this dialogue's values, else the defaults, then the local text. */
class ParameterTextTests {

    static final String TEXT = "Gendan inden for {{restore_tid|4 timer|timer}}, svar inden for {{svartid|1 dag|dage}}.";

    @Test
    void whenTheDialogueSetsAValueThenItReplacesTheMarkerAndOthersKeepTheirDefault() {
        List<ParameterValue> parameters = List.of(
                new ParameterValue("restore_tid", "4 timer", "timer", "2 timer"),
                new ParameterValue("svartid", "1 dag", "dage", null));

        assertThat(ParameterText.render(TEXT, parameters, null))
                .isEqualTo("Gendan inden for 2 timer, svar inden for 1 dag.");
    }

    @Test
    void whenAMarkerHasNoParameterOfTheDialogueThenItsOwnDefaultIsShownAndBracketsStay() {
        assertThat(ParameterText.render("Se [bilag 3]; gendan inden for {{restore_tid|4 timer|timer}}.", List.of(), ""))
                .isEqualTo("Se [bilag 3]; gendan inden for 4 timer.");
    }

    @Test
    void whenTheMunicipalityHasALocalDescriptionThenItFollowsTheText() {
        assertThat(ParameterText.render("Logning.", List.of(), "  Hos os: også adgang til journaler. "))
                .isEqualTo("Logning.\n\nHos os: også adgang til journaler.");
    }

    @Test
    void whenAValueContainsReplacementCharactersThenTheyAreText() {
        List<ParameterValue> parameters = List.of(new ParameterValue("restore_tid", "4 timer", "timer", "$1 \\ time"));

        assertThat(ParameterText.render(TEXT, parameters, null)).startsWith("Gendan inden for $1 \\ time,");
    }
}
