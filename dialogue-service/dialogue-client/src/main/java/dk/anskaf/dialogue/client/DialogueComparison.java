package dk.anskaf.dialogue.client;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@link DialogueClient#comparison}: the dialogue's requirements (rows, filtered) against the suppliers whose
 * answers the purchaser may read now (columns); each row has one cell per supplier, in the order of
 * {@code suppliers}. Summaries and scores count the rows shown. docs/api.md "Comparison".
 *
 * @param status DRAFT, ACTIVE, ANSWERED, ARCHIVED or CANCELLED
 * @param answersVisibility ON_FINISH (as each supplier finishes) or AFTER_DEADLINE (once Besvaret)
 * @param categories every category of the dialogue's requirements, for the filter
 * @param score how the scores were reached, or null when no weight was given
 */
public record DialogueComparison(
        long dialogueId,
        String title,
        String status,
        String answersVisibility,
        boolean pricesRequested,
        Filter filter,
        List<String> categories,
        List<Supplier> suppliers,
        List<Row> rows,
        @Nullable ScoreRule score) {

    /** @param priorities OPTIONAL, NORMAL, HIGH, ABSOLUTE; empty lists mean everything */
    public record Filter(List<String> priorities, List<String> categories) {}

    /**
     * @param status FINISHED, ELABORATION_REQUESTED, or after the deadline also INVITED, OPENED, ANSWERING
     * @param score Σ weight(priority) × points(choice), null without weights
     * @param maxScore the score if every answer were Ja, null without weights
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
     * @param byChoiceAndPriority choice (JA, JA_TILKOEB, JA_DELVIST, NEJ, IKKE_RELEVANT, UNANSWERED) → priority
     *     → count
     * @param mindstekravNotMet Mindstekrav answered NEJ or JA_DELVIST
     */
    public record Summary(
            Map<String, Map<String, Integer>> byChoiceAndPriority,
            int answered,
            int unanswered,
            int mindstekravNotMet) {}

    /** @param kravId the catalogue's Krav id, or F1, F2 … for free-text requirements */
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
     * @param choice null when not answered
     * @param reviewStatus NONE, ACCEPTED, ACCEPTED_WITH_COMMENT, REJECTED or ELABORATION_NEEDED
     */
    public record Cell(
            UUID answerSetId,
            @Nullable String choice,
            @Nullable String elaboration,
            @Nullable String price,
            String reviewStatus,
            @Nullable String reviewComment,
            boolean mindstekravNotMet) {}

    /** @param label "Hjælpetal – ikke en evalueringsmodel"; shown wherever a score is */
    public record ScoreRule(
            String label, String labelEn, Map<String, BigDecimal> weights, Map<String, BigDecimal> choicePoints) {}
}
