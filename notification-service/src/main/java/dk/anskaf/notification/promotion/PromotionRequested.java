package dk.anskaf.notification.promotion;

import java.util.UUID;

/**
 * The data of catalog's {@code dk.anskaf.catalog.requirement-promotion-requested.v1} event, as this
 * service reads it (its own copy: services share the event contract, not classes).
 */
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
