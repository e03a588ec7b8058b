package dk.anskaf.catalog.promotion;

import dk.anskaf.catalog.requirement.OwnerKind;
import dk.anskaf.platform.errors.ApiProblemException;
import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.security.CurrentUser;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kravredaktion's work on promotion requests (DOMAIN.md section 4): the queue, meetings with an
 * agenda, and decisions on requests to the cross-municipal catalogue (community requests are the members'
 * alone, see {@link CommunityPromotion}). Approval hands the requirement over ({@link OwnerHandover}). Every step is an event, sent for
 * the requesting municipality.
 */
@Service
class EditorialBoard {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final OwnerHandover handover;
    private final Clock clock;

    EditorialBoard(JdbcClient jdbc, Outbox outbox, OwnerHandover handover, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.handover = handover;
        this.clock = clock;
    }

    record QueueItem(
            UUID requestId,
            long requirementId,
            String requirementName,
            String municipalityTenantId,
            String reason,
            String requestedByName,
            OffsetDateTime requestedAt,
            int postponedCount) {}

    record Meeting(UUID id, LocalDate meetingDate) {}

    enum Decision {
        APPROVE,
        REJECT,
        POSTPONE
    }

    @Transactional(readOnly = true)
    List<QueueItem> queue() {
        return jdbc.sql("""
                        select p.id as request_id, p.requirement_id, r.name as requirement_name, p.tenant_id as municipality_tenant_id,
                               p.reason, p.requested_by_name, p.requested_at, p.postponed_count
                        from promotion_request p join requirement r on r.id = p.requirement_id
                        where p.status = 'PENDING' and p.target = 'CROSS_MUNICIPAL' order by p.requested_at
                        """).query(QueueItem.class).list();
    }

    @Transactional
    Meeting schedule(LocalDate date, CurrentUser board) {
        if (date.isBefore(LocalDate.now(clock))) {
            throw ApiProblemException.invalidField("meetingDate", "Mødet kan ikke ligge i fortiden");
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql(
                        "insert into board_meeting (id, meeting_date, created_by) values (?, ?, ?) on conflict do nothing")
                .params(id, date, board.subject())
                .update();
        if (inserted == 0) {
            throw ApiProblemException.conflict("meeting-exists", "Der er allerede et møde den dag");
        }
        List<BoardMeetingScheduled.AgendaItem> agenda = queue().stream()
                .map(item -> new BoardMeetingScheduled.AgendaItem(
                        item.requestId(),
                        item.requirementId(),
                        item.requirementName(),
                        item.municipalityTenantId(),
                        item.reason()))
                .toList();
        outbox.publish(
                PromotionTopics.BOARD_MEETINGS,
                PromotionTopics.MEETING_SCHEDULED,
                id.toString(),
                new BoardMeetingScheduled(id, date, agenda));
        return new Meeting(id, date);
    }

    @Transactional(readOnly = true)
    List<Meeting> meetings() {
        return jdbc.sql("select id, meeting_date from board_meeting order by meeting_date")
                .query(Meeting.class)
                .list();
    }

    @Transactional
    QueueItem decide(UUID requestId, Decision decision, String reason, UUID meetingId, CurrentUser board) {
        Pending pending = pending(requestId).orElseThrow(() -> ApiProblemException.notFound("Anmodningen findes ikke"));
        if (decision == Decision.REJECT && (reason == null || reason.isBlank())) {
            throw ApiProblemException.invalidField("reason", "Skriv en begrundelse for afvisningen");
        }
        String status = switch (decision) {
            case APPROVE -> "APPROVED";
            case REJECT -> "REJECTED";
            case POSTPONE -> "PENDING";
        };
        // Promote first: row-level security lets the board change the requirement only while it is pending.
        if (decision == Decision.APPROVE) {
            promote(pending, board);
        }
        jdbc.sql("""
                        update promotion_request set status = ?, decided_by = ?, decided_at = now(), decision_reason = ?,
                               meeting_id = ?, postponed_count = postponed_count + case when ? then 1 else 0 end
                        where id = ?
                        """)
                .params(
                        status,
                        board.subject(),
                        blankToNull(reason),
                        meetingId,
                        decision == Decision.POSTPONE,
                        requestId)
                .update();
        String type = switch (decision) {
            case APPROVE -> PromotionTopics.APPROVED;
            case REJECT -> PromotionTopics.REJECTED;
            case POSTPONE -> PromotionTopics.POSTPONED;
        };
        publish(pending, type, decision.name(), reason, board.name());
        return new QueueItem(
                requestId,
                pending.requirementId(),
                pending.requirementName(),
                pending.tenantId(),
                pending.reason(),
                pending.requestedByName(),
                pending.requestedAt(),
                pending.postponedCount() + (decision == Decision.POSTPONE ? 1 : 0));
    }

    /** The requesting municipality withdraws its request while it is pending. */
    @Transactional
    void cancel(UUID requestId, CurrentUser editor) {
        Pending pending = pending(requestId)
                .filter(p -> p.tenantId().equals(TenantContext.require().value()))
                .orElseThrow(() -> ApiProblemException.notFound("Anmodningen findes ikke"));
        jdbc.sql("update promotion_request set status = 'CANCELLED', decided_by = ?, decided_at = now() where id = ?")
                .params(editor.subject(), requestId)
                .update();
        publish(pending, PromotionTopics.CANCELLED, "CANCEL", null, editor.name());
    }

    private void promote(Pending pending, CurrentUser board) {
        handover.handOver(
                pending.requirementId(),
                pending.tenantId(),
                OwnerKind.CROSS_MUNICIPAL,
                null,
                board,
                "promotion-approval");
    }

    private void publish(Pending pending, String type, String decision, String reason, String by) {
        PromotionDecided data = new PromotionDecided(
                pending.requestId(),
                pending.requirementId(),
                pending.requirementName(),
                decision,
                blankToNull(reason),
                by,
                pending.requestedByName(),
                pending.requestedByEmail(),
                pending.tenantId(),
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        TenantContext.runAs(
                TenantId.of(pending.tenantId()),
                () -> outbox.publish(PromotionTopics.PROMOTIONS, type, String.valueOf(pending.requirementId()), data));
    }

    private java.util.Optional<Pending> pending(UUID requestId) {
        return jdbc.sql("""
                        select p.id as request_id, p.requirement_id, r.name as requirement_name, p.tenant_id, p.reason,
                               p.requested_by_name, p.requested_by_email, p.requested_at, p.postponed_count
                        from promotion_request p join requirement r on r.id = p.requirement_id
                        where p.id = ? and p.status = 'PENDING' and p.target = 'CROSS_MUNICIPAL' for update of p
                        """).param(requestId).query(Pending.class).optional();
    }

    private record Pending(
            UUID requestId,
            long requirementId,
            String requirementName,
            String tenantId,
            String reason,
            String requestedByName,
            String requestedByEmail,
            OffsetDateTime requestedAt,
            int postponedCount) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
