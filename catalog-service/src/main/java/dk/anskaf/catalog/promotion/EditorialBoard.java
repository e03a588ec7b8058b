package dk.anskaf.catalog.promotion;

import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kravredaktion's meetings: scheduling one with the agenda of every request pending then, and the
 * list of meetings. Its decisions on requests are {@link Promotions#decideAsBoard}; community requests
 * are the members' alone.
 */
@Service
class EditorialBoard {

    record Meeting(UUID id, LocalDate meetingDate) {}

    private final JdbcClient jdbc;
    private final PromotionQueries queries;
    private final Outbox outbox;
    private final Clock clock;

    EditorialBoard(JdbcClient jdbc, PromotionQueries queries, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Schedules a meeting on {@code date} and publishes {@link BoardMeetingScheduled} with its agenda.
     *
     * @throws PromotionRefused.MeetingInPast before today
     * @throws PromotionRefused.MeetingExists if the board meets that day already
     */
    @Transactional
    Meeting schedule(LocalDate date, CurrentUser board) {
        if (date.isBefore(LocalDate.now(clock))) {
            throw new PromotionRefused.MeetingInPast();
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql(
                        "insert into board_meeting (id, meeting_date, created_by) values (?, ?, ?) on conflict do nothing")
                .params(id, date, board.subject())
                .update();
        if (inserted == 0) {
            throw new PromotionRefused.MeetingExists();
        }
        List<BoardMeetingScheduled.AgendaItem> agenda = queries.boardQueue().stream()
                .map(item -> new BoardMeetingScheduled.AgendaItem(
                        item.requestId(),
                        item.requirementId(),
                        item.requirementName(),
                        item.municipalityTenantId(),
                        item.reason()))
                .toList();
        outbox.publish(new BoardMeetingScheduled(id, date, agenda));
        return new Meeting(id, date);
    }

    @Transactional(readOnly = true)
    List<Meeting> meetings() {
        return jdbc.sql("select id, meeting_date from board_meeting order by meeting_date")
                .query(Meeting.class)
                .list();
    }
}
