package dk.anskaf.catalog.promotion;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A municipality asked the editorial board to promote one of its local requirements to the
 * cross-municipal catalogue (version 1). Carries what the board's mail needs, so no consumer has to call
 * back.
 */
public record RequirementPromotionRequested(
        UUID requestId,
        long requirementId,
        String requirementName,
        String category,
        String priority,
        String target,
        String reason,
        String requestedByName,
        String requestedByEmail,
        String municipalityName,
        String kommunekode,
        OffsetDateTime requestedAt)
        implements PromotionEvent {

    @Override
    public String type() {
        return PromotionTopics.REQUESTED;
    }
}
