package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.events.DomainEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board meeting was scheduled, with its agenda of pending promotion requests at that moment. */
public record BoardMeetingScheduled(UUID meetingId, LocalDate meetingDate, List<AgendaItem> agenda)
        implements DomainEvent {

    @Override
    public String topic() {
        return PromotionTopics.BOARD_MEETINGS;
    }

    @Override
    public String type() {
        return PromotionTopics.MEETING_SCHEDULED;
    }

    @Override
    public String key() {
        return meetingId.toString();
    }

    public record AgendaItem(
            UUID requestId, long requirementId, String requirementName, String municipalityTenantId, String reason) {}
}
