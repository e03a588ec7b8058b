package dk.anskaf.catalog.promotion;

import java.time.OffsetDateTime;
import java.util.UUID;

public record PromotionRequestView(
        UUID id,
        long requirementId,
        String target,
        String reason,
        String status,
        OffsetDateTime requestedAt,
        String decisionReason,
        boolean own) {}
