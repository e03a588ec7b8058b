package dk.anskaf.catalog.promotion;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board meeting was scheduled, with its agenda of pending promotion requests at that moment. */
public record BoardMeetingScheduled(UUID meetingId, LocalDate meetingDate, List<AgendaItem> agenda) {

    public record AgendaItem(
            UUID requestId, long requirementId, String requirementName, String municipalityTenantId, String reason) {}
}
