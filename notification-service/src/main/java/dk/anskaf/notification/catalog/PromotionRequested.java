package dk.anskaf.notification.catalog;

import java.util.UUID;

/** Data of catalog's {@code requirement-promotion-requested.v1}, as this service reads it. */
record PromotionRequested(
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
        String kommunekode) {}
