package dk.anskaf.dialogue.answering;

import org.jspecify.annotations.Nullable;

/**
 * One answer as the supplier sends it; {@link AnswerRules} decides whether it may be saved.
 *
 * @param choice JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT
 * @param elaboration Uddybning
 * @param price Pris (free text)
 */
public record AnswerInput(
        @Nullable String choice,
        @Nullable String elaboration,
        @Nullable String price) {}
