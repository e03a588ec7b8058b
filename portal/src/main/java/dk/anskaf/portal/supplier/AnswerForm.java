package dk.anskaf.portal.supplier;

import dk.anskaf.dialogue.client.DialogueClient;
import org.jspecify.annotations.Nullable;

/**
 * One requirement's answer as the form holds it: what was saved, or what the user just typed (kept when
 * the service refuses it).
 *
 * @param choice JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT; empty when not chosen yet
 */
public record AnswerForm(String choice, String elaboration, String price) {

    static final java.util.List<String> CHOICES =
            java.util.List.of("JA", "JA_TILKOEB", "JA_DELVIST", "NEJ", "IKKE_RELEVANT");

    static AnswerForm typed(@Nullable String choice, @Nullable String elaboration, @Nullable String price) {
        return new AnswerForm(orEmpty(choice), orEmpty(elaboration), orEmpty(price));
    }

    static AnswerForm of(DialogueClient.@Nullable Answer saved) {
        return saved == null ? new AnswerForm("", "", "") : typed(saved.choice(), saved.elaboration(), saved.price());
    }

    /** Nothing chosen or typed: moving on saves nothing (an untouched requirement stays unanswered). */
    boolean untouched() {
        return choice.isBlank() && elaboration.isBlank() && price.isBlank();
    }

    /**
     * The JSON the service gets: blank fields as null, so "no elaboration" is one thing. The form has a
     * price field only when the dialogue asks for prices; the service decides whether one is needed.
     */
    DialogueClient.AnswerInput toInput() {
        return new DialogueClient.AnswerInput(blankToNull(choice), blankToNull(elaboration), blankToNull(price));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
