package dk.anskaf.catalog.promotion;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A promotion request as its requirement's page shows it; {@code own} if the caller's municipality made it. */
public record PromotionRequestView(
        UUID id,
        long requirementId,
        PromotionTarget target,
        String reason,
        PromotionStatus status,
        OffsetDateTime requestedAt,
        @Nullable String decisionReason,
        boolean own) {}
