package dk.anskaf.notification.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.test.events.EventContracts;
import org.junit.jupiter.api.Test;

/**
 * Consumer side of the events this service mails about: its own records read the examples in
 * docs/events.md, and expect no field the producers do not send (catalog-service and identity hold the
 * producer side).
 */
class CatalogEventContractTests {

    final EventContracts contracts = EventContracts.documented();

    @Test
    void theBoardMailReadsTheDocumentedPromotionRequest() {
        PromotionRequested requested = contracts.assertConsumerReads(CatalogTopics.REQUESTED, PromotionRequested.class);

        assertThat(requested.requestedByEmail()).isNotBlank();
    }

    @Test
    void theRequesterMailsReadEveryDocumentedDecisionTheyAreFor() {
        for (String type : new String[] {CatalogTopics.APPROVED, CatalogTopics.REJECTED, CatalogTopics.POSTPONED}) {
            PromotionDecided decided = contracts.assertConsumerReads(type, PromotionDecided.class);

            assertThat(decided.requestedByEmail()).as(type).isNotBlank();
        }
    }

    @Test
    void theDigestReadsTheDocumentedMeetingWithItsAgenda() {
        var meeting = contracts.assertConsumerReads(
                CatalogTopics.MEETING_SCHEDULED, BoardMeetingDigestHandler.MeetingScheduled.class);

        assertThat(meeting.agenda()).isNotEmpty();
    }

    @Test
    void theBoardMembersAreReadFromTheDocumentedMembershipChange() {
        var change = contracts.assertConsumerReads(
                BoardMembershipListener.TYPE, BoardMembershipListener.BoardMembershipChanged.class);

        assertThat(change.email()).isNotBlank();
    }
}
