package dk.anskaf.dialogue.client;

/**
 * A requirement with the supplier's answer (choice null when unanswered) and the purchaser's review.
 *
 * @param kravId the catalogue id, or F1, F2 … for a free-text requirement
 * @param priority null when the dialogue hides priorities
 * @param choice JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT
 */
public record ReviewedAnswer(
        long requirementId,
        String kravId,
        String name,
        String description,
        String category,
        String priority,
        String choice,
        String elaboration,
        String price,
        AnswerReview review) {}
