package dk.anskaf.catalog.promotion;

/** The promotion event stream (see docs/events.md). Keyed by requirement id. */
public final class PromotionTopics {

    public static final String PROMOTIONS = "anskaf.catalog.promotions";
    public static final String REQUESTED = "dk.anskaf.catalog.requirement-promotion-requested.v1";

    private PromotionTopics() {}
}
