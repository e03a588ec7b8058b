package dk.anskaf.dialogue.reminder;

import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the contacts due a reminder, across municipalities (the caller runs it inside {@code
 * CrossTenantAccess}), and publishes {@link SupplierReminderDue} for each exactly once: the dialogues are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so two instances work on different dialogues, and the
 * {@code reminder_sent} row (unique per dialogue and contact) is written in the event's transaction, so
 * nothing is sent twice even if two runs meet on one dialogue.
 */
@Service
public class Reminders {

    /** At most this many contacts per run; the next run takes the rest. */
    private static final int BATCH = 500;

    private record Due(
            long dialogueId,
            String tenantId,
            String title,
            String customerName,
            String contactEmail,
            Timestamp deadline,
            UUID answerSetId,
            UUID organisationId,
            String organisationName,
            UUID contactId,
            String email) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;

    Reminders(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /**
     * Reminds every contact not yet reminded of an active, not deleted dialogue whose deadline is within
     * {@code before} from now and has not passed, unless the contact's organisation finished or declined.
     *
     * @return how many reminders this run published
     */
    @Transactional
    public int sendDue(Duration before) {
        List<Due> rows = jdbc.sql("""
                        select d.id as dialogue_id, d.tenant_id, d.title, d.owner_name, d.contact_email, d.deadline,
                               s.id as answer_set_id, s.organisation_id, o.name as organisation_name,
                               i.contact_id, i.email
                        from dialogue d
                        join answer_set s on s.dialogue_id = d.id
                        join supplier_organisation o on o.id = s.organisation_id
                        join invitation i on i.answer_set_id = s.id
                        where d.status = 'ACTIVE' and d.deleted_at is null
                          and d.deadline > now() and d.deadline <= now() + make_interval(secs => :before)
                          and s.status not in ('FINISHED', 'DECLINED')
                          and not exists (select 1 from reminder_sent r
                                          where r.dialogue_id = d.id and r.contact_id = i.contact_id)
                        order by d.deadline, d.id, i.invited_at desc
                        limit :batch
                        for update of d skip locked
                        """)
                .param("before", (double) before.toSeconds())
                .param("batch", BATCH)
                .query((rs, row) -> new Due(
                        rs.getLong("dialogue_id"),
                        rs.getString("tenant_id"),
                        rs.getString("title"),
                        rs.getString("owner_name"),
                        rs.getString("contact_email"),
                        rs.getTimestamp("deadline"),
                        rs.getObject("answer_set_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getObject("contact_id", UUID.class),
                        rs.getString("email")))
                .list();
        // A contact invited more than once is reminded once, at the address of its latest invitation.
        Map<String, Due> perContact = new LinkedHashMap<>();
        rows.forEach(due -> perContact.putIfAbsent(due.dialogueId() + "/" + due.contactId(), due));
        int sent = 0;
        for (Due due : perContact.values()) {
            if (claim(due)) {
                TenantContext.runAs(TenantId.of(due.tenantId()), () -> outbox.publish(event(due)));
                sent++;
            }
        }
        return sent;
    }

    /** The once-only guard: false when another run already reminded this contact of this dialogue. */
    private boolean claim(Due due) {
        return jdbc.sql("""
                        insert into reminder_sent (dialogue_id, contact_id, tenant_id) values (?, ?, ?)
                        on conflict (dialogue_id, contact_id) do nothing
                        """)
                        .params(due.dialogueId(), due.contactId(), due.tenantId())
                        .update()
                == 1;
    }

    private static SupplierReminderDue event(Due due) {
        return new SupplierReminderDue(
                due.dialogueId(),
                due.title(),
                due.customerName(),
                due.contactEmail(),
                due.deadline().toInstant(),
                due.answerSetId(),
                due.organisationId(),
                due.organisationName(),
                due.contactId(),
                due.email());
    }
}
