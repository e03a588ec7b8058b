package dk.anskaf.catalog.promotion;

/** The promotion event stream (see docs/events.md). Keyed by requirement id. */
public final class PromotionTopics {

    public static final String PROMOTIONS = "anskaf.catalog.promotions";
    public static final String REQUESTED = "dk.anskaf.catalog.requirement-promotion-requested.v1";
    public static final String CANCELLED = "dk.anskaf.catalog.requirement-promotion-cancelled.v1";
    public static final String APPROVED = "dk.anskaf.catalog.requirement-promotion-approved.v1";
    public static final String REJECTED = "dk.anskaf.catalog.requirement-promotion-rejected.v1";
    public static final String POSTPONED = "dk.anskaf.catalog.requirement-promotion-postponed.v1";

    /** Board meetings (for the board's digest mail). Keyed by meeting id. */
    public static final String BOARD_MEETINGS = "anskaf.catalog.board-meetings";

    public static final String MEETING_SCHEDULED = "dk.anskaf.catalog.board-meeting-scheduled.v1";

    private PromotionTopics() {}
}
