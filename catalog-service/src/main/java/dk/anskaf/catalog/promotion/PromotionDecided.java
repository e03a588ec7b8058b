package dk.anskaf.catalog.promotion;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Data of the cancelled, approved, rejected and postponed events (version 1): what the requesting
 * municipality's editors need to hear, including the board's reason.
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
        OffsetDateTime decidedAt) {}
