package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.OwnerKind;

/**
 * Where a local requirement is to be promoted ({@code promotion_request.target}): the cross-municipal
 * catalogue, decided by the editorial board, or a community, decided by another member municipality.
 */
public enum PromotionTarget {
    CROSS_MUNICIPAL(OwnerKind.CROSS_MUNICIPAL),
    COMMUNITY(OwnerKind.COMMUNITY);

    private final OwnerKind newOwner;

    PromotionTarget(OwnerKind newOwner) {
        this.newOwner = newOwner;
    }

    /** Who owns the requirement once the promotion is approved. */
    OwnerKind newOwner() {
        return newOwner;
    }
}
