package dk.anskaf.notification.catalog;

import java.util.UUID;

/** Data of catalog's promotion {@code cancelled/approved/rejected/postponed.v1} events, as read here. */
record PromotionDecided(
        UUID requestId,
        long requirementId,
        String requirementName,
        String decision,
        String reason,
        String decidedByName,
        String requestedByName,
        String requestedByEmail,
        String municipalityTenantId) {}
