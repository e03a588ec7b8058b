package dk.anskaf.dialogue.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The comparison of one dialogue (docs/api.md "Comparison"): {@code rows} are the requirements the filter
 * keeps, in the dialogue's order; {@code suppliers} are the answer sets the purchaser may read now (the
 * view {@code reviewable_answer_set}: a supplier that declined is never there, and with
 * {@code answersVisibility} AFTER_DEADLINE nobody is until the dialogue is Besvaret); each row has one cell
 * per supplier, in the order of {@code suppliers}. Summaries and scores count the rows shown.
 *
 * @param status DRAFT, ACTIVE, ANSWERED, ARCHIVED or CANCELLED
 * @param answersVisibility ON_FINISH or AFTER_DEADLINE
 * @param categories every category of the dialogue's requirements, for the filter
 * @param score the weights and choice points used, or null when no weight was given
 */
public record Comparison(
        long dialogueId,
        String title,
        String status,
        String answersVisibility,
        boolean pricesRequested,
        ComparisonFilter.Applied filter,
        List<String> categories,
        List<Supplier> suppliers,
        List<Row> rows,
        @Nullable ScoreRule score) {

    /**
     * One column.
     *
     * @param status the answer set's status (FINISHED, ELABORATION_REQUESTED, or after the deadline also
     *     INVITED, OPENED, ANSWERING)
     * @param score Σ weight(priority) × points(choice) over the rows shown, two decimals; null without weights
     * @param maxScore Σ weight(priority) over the rows shown (every answer Ja); null without weights
     */
    public record Supplier(
            UUID answerSetId,
            String organisationName,
            @Nullable String itSystemName,
            @Nullable String itSystemSupplier,
            String status,
            Summary summary,
            @Nullable BigDecimal score,
            @Nullable BigDecimal maxScore) {}

    /**
     * @param byChoiceAndPriority choice (JA … IKKE_RELEVANT, UNANSWERED) → priority (OPTIONAL, NORMAL, HIGH,
     *     ABSOLUTE) → number of rows; every pair present
     * @param mindstekravNotMet Mindstekrav (ABSOLUTE) answered NEJ or JA_DELVIST
     */
    public record Summary(
            Map<String, Map<String, Integer>> byChoiceAndPriority,
            int answered,
            int unanswered,
            int mindstekravNotMet) {}

    /**
     * One requirement.
     *
     * @param kravId the catalogue's Krav id, or F and the number of a free-text requirement (F1, F2 …)
     * @param description the text with the dialogue's parameter values filled in, and its local addition
     * @param priority OPTIONAL, NORMAL, HIGH or ABSOLUTE (Mindstekrav)
     */
    public record Row(
            long requirementId,
            String kravId,
            int position,
            String name,
            String description,
            String category,
            @Nullable String subCategory,
            String priority,
            List<Cell> cells) {}

    /**
     * One supplier's answer to one requirement; choice null when not answered.
     *
     * @param choice JA, JA_TILKOEB, JA_DELVIST, NEJ or IKKE_RELEVANT
     * @param reviewStatus the purchaser's status: NONE, ACCEPTED, ACCEPTED_WITH_COMMENT, REJECTED or
     *     ELABORATION_NEEDED
     * @param mindstekravNotMet the requirement is a Mindstekrav and the choice NEJ or JA_DELVIST
     */
    public record Cell(
            UUID answerSetId,
            @Nullable String choice,
            @Nullable String elaboration,
            @Nullable String price,
            String reviewStatus,
            @Nullable String reviewComment,
            boolean mindstekravNotMet) {}

    /**
     * How the score was reached, always shown with {@code label}.
     *
     * @param label "Hjælpetal – ikke en evalueringsmodel" (labelEn in English)
     * @param weights priority → weight as given (priorities not given weigh 0)
     * @param choicePoints choice → points ({@link Scoring#CHOICE_POINTS})
     */
    public record ScoreRule(
            String label, String labelEn, Map<String, BigDecimal> weights, Map<String, BigDecimal> choicePoints) {}
}
