package dk.anskaf.dialogue.answering;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The rules of one answer (DOMAIN.md §5.9.3), checked on the server because the incumbent checked them
 * only in the browser (§15):
 *
 * <ul>
 *   <li>{@code choice} is one of {@link AnswerChoice};
 *   <li>Ja, delvist always needs an Uddybning of at least 3 characters;
 *   <li>Ja and Ja, som et tilkøb need one when the requirement says "Der kræves uddybende tekst";
 *   <li>Ja, som et tilkøb needs a Pris when the dialogue asks for prices;
 *   <li>a Pris is refused when the dialogue does not ask for prices, and dropped for other choices;
 *   <li>Uddybning at most 10,000 characters, Pris at most 500.
 * </ul>
 */
final class AnswerRules {

    static final int MIN_ELABORATION = 3;
    static final int MAX_ELABORATION = 10_000;
    static final int MAX_PRICE = 500;

    /** An answer that passed the rules, normalised (trimmed, blanks as null). */
    record ValidAnswer(
            AnswerChoice choice,
            @Nullable String elaboration,
            @Nullable String price) {}

    private AnswerRules() {}

    /** @throws AnsweringRefused.InvalidAnswer naming {@code choice}, {@code elaboration} or {@code price} */
    static ValidAnswer check(AnswerInput input, boolean elaborationRequired, boolean pricesRequested) {
        AnswerChoice choice = choice(input.choice());
        String elaboration = blankToNull(input.elaboration());
        String price = blankToNull(input.price());
        if (elaboration != null && elaboration.length() > MAX_ELABORATION) {
            throw new AnsweringRefused.InvalidAnswer("elaboration", "answer-elaboration-too-long", MAX_ELABORATION);
        }
        boolean needsElaboration = choice == AnswerChoice.JA_DELVIST
                || (elaborationRequired && (choice == AnswerChoice.JA || choice == AnswerChoice.JA_TILKOEB));
        if (needsElaboration && (elaboration == null || elaboration.length() < MIN_ELABORATION)) {
            throw new AnsweringRefused.InvalidAnswer(
                    "elaboration",
                    choice == AnswerChoice.JA_DELVIST ? "answer-elaboration-partly" : "answer-elaboration-required",
                    MIN_ELABORATION);
        }
        if (price != null && !pricesRequested) {
            throw new AnsweringRefused.InvalidAnswer("price", "answer-price-not-requested");
        }
        if (price != null && price.length() > MAX_PRICE) {
            throw new AnsweringRefused.InvalidAnswer("price", "answer-price-too-long", MAX_PRICE);
        }
        if (choice == AnswerChoice.JA_TILKOEB && pricesRequested && price == null) {
            throw new AnsweringRefused.InvalidAnswer("price", "answer-price-required");
        }
        return new ValidAnswer(choice, elaboration, choice == AnswerChoice.JA_TILKOEB ? price : null);
    }

    private static AnswerChoice choice(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new AnsweringRefused.InvalidAnswer("choice", "answer-choice-missing");
        }
        try {
            return AnswerChoice.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new AnsweringRefused.InvalidAnswer("choice", "answer-choice-missing");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
