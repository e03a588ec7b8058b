package dk.anskaf.dialogue.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DOMAIN.md §5.9.3, on the server. */
class AnswerRulesTests {

    @Test
    void jaDelvistAlwaysNeedsAnElaborationOfAtLeastThreeCharacters() {
        assertRefused(new AnswerInput("JA_DELVIST", null, null), false, false, "elaboration");
        assertRefused(new AnswerInput("JA_DELVIST", "  ok ", null), false, false, "elaboration");

        assertThat(AnswerRules.check(new AnswerInput("JA_DELVIST", " Kun i version 2 ", null), false, false))
                .isEqualTo(new AnswerRules.ValidAnswer(AnswerChoice.JA_DELVIST, "Kun i version 2", null));
    }

    @Test
    void jaAndJaTilkoebNeedAnElaborationOnlyWhereTheRequirementDemandsIt() {
        assertRefused(new AnswerInput("JA", "", null), true, false, "elaboration");
        assertRefused(new AnswerInput("JA_TILKOEB", null, null), true, false, "elaboration");

        assertThat(AnswerRules.check(new AnswerInput("JA", null, null), false, false)
                        .choice())
                .isEqualTo(AnswerChoice.JA);
        assertThat(AnswerRules.check(new AnswerInput("NEJ", null, null), true, false)
                        .choice())
                .isEqualTo(AnswerChoice.NEJ);
    }

    @Test
    void jaTilkoebNeedsAPriceWhenTheDialogueAsksForPrices() {
        assertRefused(new AnswerInput("JA_TILKOEB", null, " "), false, true, "price");

        assertThat(AnswerRules.check(new AnswerInput("JA_TILKOEB", null, "12.000 kr./år"), false, true))
                .isEqualTo(new AnswerRules.ValidAnswer(AnswerChoice.JA_TILKOEB, null, "12.000 kr./år"));
    }

    @Test
    void aPriceIsRefusedWhenTheDialogueDoesNotAskForPricesAndDroppedForOtherChoices() {
        assertRefused(new AnswerInput("JA_TILKOEB", null, "100 kr."), false, false, "price");

        assertThat(AnswerRules.check(new AnswerInput("JA", null, "100 kr."), false, true)
                        .price())
                .isNull();
    }

    @Test
    void anUnknownOrMissingChoiceAndTooLongTextsAreRefused() {
        assertRefused(new AnswerInput("VED_IKKE", null, null), false, false, "choice");
        assertRefused(new AnswerInput(null, null, null), false, false, "choice");
        assertRefused(new AnswerInput("NEJ", "x".repeat(10_001), null), false, false, "elaboration");
        assertRefused(new AnswerInput("JA_TILKOEB", null, "9".repeat(501)), false, true, "price");
    }

    private static void assertRefused(AnswerInput input, boolean elaborationRequired, boolean prices, String field) {
        assertThatThrownBy(() -> AnswerRules.check(input, elaborationRequired, prices))
                .as("%s", input)
                .isInstanceOfSatisfying(
                        AnsweringRefused.InvalidAnswer.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
