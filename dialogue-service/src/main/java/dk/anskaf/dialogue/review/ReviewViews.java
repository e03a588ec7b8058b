package dk.anskaf.dialogue.review;

import dk.anskaf.dialogue.answering.ElaborationRounds;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The shapes of the review API (dialogue-client's records of the same names). */
final class ReviewViews {

    private ReviewViews() {}

    /**
     * A row of Besvarelser.
     *
     * @param status INVITED, OPENED, ANSWERING, FINISHED, DECLINED or ELABORATION_REQUESTED
     * @param visible whether the purchaser may read the answers now
     * @param hiddenReason null when visible; DECLINED, NOT_FINISHED (the supplier has not finished) or
     *     AFTER_DEADLINE (the dialogue shows answers only once Besvaret)
     */
    record AnswerSetOverview(
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            String cvr,
            OffsetDateTime invitedAt,
            String status,
            int answeredCount,
            int requirementCount,
            boolean visible,
            @Nullable String hiddenReason) {}

    /**
     * One supplier's answers.
     *
     * @param itSystem the offered product, null when none was chosen
     * @param rounds the elaboration rounds, oldest first
     */
    record SupplierAnswers(
            long dialogueId,
            UUID answerSetId,
            String organisationName,
            String status,
            boolean prioritiesVisible,
            boolean pricesRequested,
            @Nullable OfferedSystem itSystem,
            List<ReviewedAnswer> answers,
            List<ElaborationRounds.Round> rounds) {}

    /** @param kitosUrl the system's entry in the KITOS catalogue */
    record OfferedSystem(UUID kitosUuid, String name, String supplierName, String kitosUrl) {}

    /**
     * A requirement with the supplier's answer (null fields when unanswered) and the purchaser's review.
     *
     * @param kravId the catalogue id, or F1, F2 … for a free-text requirement
     * @param priority null when the dialogue hides priorities
     */
    record ReviewedAnswer(
            long requirementId,
            String kravId,
            String name,
            String description,
            String category,
            @Nullable String priority,
            @Nullable String choice,
            @Nullable String elaboration,
            @Nullable String price,
            Review review) {}

    /**
     * The purchaser's status and comment on one answer.
     *
     * @param status NONE, ACCEPTED, ACCEPTED_WITH_COMMENT, REJECTED or ELABORATION_NEEDED
     * @param version 0 until first reviewed; the {@code If-Match} of the next change
     */
    record Review(
            String status,
            @Nullable String comment,
            @Nullable String reviewedByName,
            @Nullable OffsetDateTime reviewedAt,
            int version) {}

    record ReviewInput(@Nullable String status, @Nullable String comment) {}

    record ElaborationInput(@Nullable String message) {}
}
