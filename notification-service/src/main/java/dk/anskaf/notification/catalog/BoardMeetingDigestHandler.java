package dk.anskaf.notification.catalog;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.platform.events.CloudEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The board's digest: when a meeting is scheduled, one mail per board member listing every pending
 * request on its agenda. A meeting with an empty agenda sends nothing.
 */
@Component
class BoardMeetingDigestHandler implements MailEventHandler<BoardMeetingDigestHandler.MeetingScheduled> {

    static final String FROM = "Kravredaktionen i Anskaf";
    private static final DateTimeFormatter DANISH_DATE =
            DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

    record MeetingScheduled(UUID meetingId, LocalDate meetingDate, List<AgendaItem> agenda) {}

    record AgendaItem(long requirementId, String requirementName, String municipalityTenantId, String reason) {}

    private final NotificationProperties properties;
    private final BoardMembers board;

    BoardMeetingDigestHandler(NotificationProperties properties, BoardMembers board) {
        this.properties = properties;
        this.board = board;
    }

    @Override
    public String topic() {
        return CatalogTopics.BOARD_MEETINGS;
    }

    @Override
    public String eventType() {
        return CatalogTopics.MEETING_SCHEDULED;
    }

    @Override
    public Class<MeetingScheduled> dataType() {
        return MeetingScheduled.class;
    }

    @Override
    public List<MailRequest> mails(CloudEvent event, MeetingScheduled data) {
        if (data.agenda() == null || data.agenda().isEmpty()) {
            return List.of();
        }
        String agenda = data.agenda().stream()
                .map(item -> "- %d %s (kommunekode %s)"
                        .formatted(item.requirementId(), item.requirementName(), item.municipalityTenantId()))
                .collect(Collectors.joining("\n"));
        Map<dk.anskaf.notification.template.Placeholder, String> values = Map.of(
                MOEDEDATO,
                data.meetingDate() == null ? "" : DANISH_DATE.format(data.meetingDate()),
                ANTAL,
                String.valueOf(data.agenda().size()),
                DAGSORDEN,
                agenda,
                LINK,
                properties.publicUrl() + "/kravredaktion");
        return board.addresses().stream()
                .map(address -> MailRequest.of(MessageType.BOARD_MEETING_DIGEST, address, values)
                        .from(FROM))
                .toList();
    }
}
