package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Data of the cancelled, approved, rejected and postponed events (version 1): what the requesting
 * municipality's editors need to hear, including the board's reason. {@code decision} is one of CANCEL,
 * APPROVE, REJECT, POSTPONE and gives the event type; it is sent for the requesting municipality, whoever
 * decided.
 */
public record PromotionDecided(
        UUID requestId,
        long requirementId,
        String requirementName,
        String decision,
        String reason,
        String decidedByName,
        String requestedByName,
        String requestedByEmail,
        String municipalityTenantId,
        OffsetDateTime decidedAt)
        implements PromotionEvent {

    @Override
    public String type() {
        return switch (decision) {
            case "CANCEL" -> PromotionTopics.CANCELLED;
            case "APPROVE" -> PromotionTopics.APPROVED;
            case "REJECT" -> PromotionTopics.REJECTED;
            case "POSTPONE" -> PromotionTopics.POSTPONED;
            default -> throw new IllegalStateException("Unknown decision " + decision);
        };
    }

    @Override
    public Optional<TenantId> tenant() {
        return Optional.of(TenantId.of(municipalityTenantId));
    }
}
