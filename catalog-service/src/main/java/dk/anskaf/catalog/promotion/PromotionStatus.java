package dk.anskaf.catalog.promotion;

/**
 * Where a promotion request stands ({@code promotion_request.status}). Only {@link #PENDING} moves on:
 * to {@link #APPROVED} or {@link #REJECTED} by a decision, to {@link #CANCELLED} by the requester; a
 * postponement keeps it pending. At most one request per requirement is pending (a unique index, V1).
 */
public enum PromotionStatus {
    PENDING,
    CANCELLED,
    APPROVED,
    REJECTED
}
