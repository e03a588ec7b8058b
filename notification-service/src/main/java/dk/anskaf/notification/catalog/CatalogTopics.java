package dk.anskaf.notification.catalog;

/** The catalogue's event types this service mails about (contract in docs/events.md). */
final class CatalogTopics {

    static final String PROMOTIONS = "anskaf.catalog.promotions";
    static final String REQUESTED = "dk.anskaf.catalog.requirement-promotion-requested.v1";
    static final String APPROVED = "dk.anskaf.catalog.requirement-promotion-approved.v1";
    static final String REJECTED = "dk.anskaf.catalog.requirement-promotion-rejected.v1";
    static final String POSTPONED = "dk.anskaf.catalog.requirement-promotion-postponed.v1";

    static final String BOARD_MEETINGS = "anskaf.catalog.board-meetings";
    static final String MEETING_SCHEDULED = "dk.anskaf.catalog.board-meeting-scheduled.v1";

    private CatalogTopics() {}
}
