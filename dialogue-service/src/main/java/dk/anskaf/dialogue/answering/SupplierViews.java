package dk.anskaf.dialogue.answering;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The shapes of the supplier API (dialogue-client's records of the same names). */
final class SupplierViews {

    private SupplierViews() {}

    /**
     * A row of "Mine markedsdialoger".
     *
     * @param customerName the municipality (or community) that invited
     * @param dialogueStatus DRAFT … CANCELLED; @param status the organisation's own (INVITED … DECLINED)
     */
    record SupplierDialogueSummary(
            long dialogueId,
            String title,
            String customerName,
            String dialogueStatus,
            String status,
            OffsetDateTime deadline,
            int answeredCount,
            int requirementCount,
            @Nullable String itSystemName) {}

    /**
     * The dialogue page. @param operatingModel NOT_DECIDED, SAAS, ON_PREMISE or BOTH
     *
     * @param answersVisibility ON_FINISH (the customer sees the answers once finished) or AFTER_DEADLINE
     * @param elaborationRounds the customer's elaboration requests, oldest first; the last is open while
     *     {@code status} is ELABORATION_REQUESTED
     */
    record SupplierDialogue(
            long dialogueId,
            String title,
            String description,
            String customerName,
            String dialogueStatus,
            String status,
            OffsetDateTime deadline,
            boolean prioritiesVisible,
            boolean pricesRequested,
            String operatingModel,
            @Nullable ItSystem itSystem,
            int answeredCount,
            int requirementCount,
            @Nullable String declineReason,
            String answersVisibility,
            List<ElaborationRounds.Round> elaborationRounds) {}

    /**
     * The customer's status and comment on one answer, shown to the supplier during an elaboration round.
     *
     * @param status NONE, ACCEPTED, ACCEPTED_WITH_COMMENT, REJECTED or ELABORATION_NEEDED
     */
    record AnswerReview(String status, @Nullable String comment) {}

    /**
     * A requirement with the organisation's answer so far (null: unanswered).
     *
     * @param kravId the catalogue id, or F1, F2 … for a free-text requirement
     * @param priority null when the dialogue hides priorities
     * @param review the customer's status and comment, only during an elaboration round (else null)
     */
    record SupplierRequirement(
            long requirementId,
            String kravId,
            int position,
            String name,
            String descriptionRendered,
            @Nullable String rationale,
            String category,
            @Nullable String subCategory,
            @Nullable String priority,
            boolean elaborationRequired,
            @Nullable StoredAnswer answer,
            @Nullable AnswerReview review) {}

    record OperatingModelChoice(@Nullable String operatingModel) {}

    record ItSystemChoice(@Nullable UUID kitosUuid) {}

    record CopySource(long fromDialogueId) {}

    record Reason(@Nullable String reason) {}
}
