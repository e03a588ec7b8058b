package dk.anskaf.dialogue.dialogue;

import dk.anskaf.platform.events.Outbox;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes active dialogues (Aktiv → Besvaret) for the deadline job, across municipalities (a deleted one is
 * passed by: cross-tenant access sees it, so the queries say so): the caller runs
 * it inside {@code CrossTenantAccess}. Each run claims its dialogues with {@code FOR UPDATE SKIP LOCKED},
 * so with several instances a dialogue is closed by exactly one of them, and moves it through the
 * aggregate (which refuses a second close and saves at its version), so its event is written once.
 */
@Service
public class DialogueClosing {

    /** At most this many dialogues per run and kind; the next run, seconds later, takes the rest. */
    private static final int BATCH = 100;

    private final DialogueRepository dialogues;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final DialogueAuditTrail audit;
    private final Clock clock;

    DialogueClosing(
            DialogueRepository dialogues, JdbcClient jdbc, Outbox outbox, DialogueAuditTrail audit, Clock clock) {
        this.dialogues = dialogues;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Active dialogues whose deadline has passed become Besvaret; each publishes {@code
     * dialogue-deadline-reached}.
     *
     * @return how many this run closed
     */
    @Transactional
    public int closeDue() {
        List<Long> due = jdbc.sql("""
                        select id from dialogue
                        where status = 'ACTIVE' and deadline <= now() and deleted_at is null
                        order by deadline
                        limit :batch
                        for update skip locked
                        """).param("batch", BATCH).query(Long.class).list();
        return close(due, Dialogue::reachDeadline);
    }

    /**
     * Active dialogues before their deadline where every invited organisation (at least one) has finished
     * or declined become Besvaret early; each publishes {@code dialogue-all-answered}.
     *
     * @return how many this run closed
     */
    @Transactional
    public int closeAllAnswered() {
        List<Long> done = jdbc.sql("""
                        select d.id from dialogue d
                        where d.status = 'ACTIVE' and d.deadline > now() and d.deleted_at is null
                          and exists (select 1 from answer_set s where s.dialogue_id = d.id)
                          and not exists (select 1 from answer_set s
                                          where s.dialogue_id = d.id and s.status not in ('FINISHED', 'DECLINED'))
                        order by d.id
                        limit :batch
                        for update of d skip locked
                        """).param("batch", BATCH).query(Long.class).list();
        return close(done, Dialogue::allAnswered);
    }

    private int close(List<Long> ids, BiConsumer<Dialogue, Instant> transition) {
        Instant now = clock.instant();
        for (long id : ids) {
            Dialogue dialogue = dialogues.findById(id).orElseThrow(() -> new DialogueRefused.NotFound(id));
            transition.accept(dialogue, now);
            dialogues.save(dialogue);
            // Cross-tenant access lets the job write the owner's audit line; the row names the owner.
            audit.write(
                    dialogue.tenantId(),
                    id,
                    DialogueAuditTrail.SYSTEM,
                    DialogueAuditTrail.SYSTEM_NAME,
                    dialogue.pullChanges());
            // The job acts for no municipality: each event is sent for the one that owns the dialogue.
            TenantContext.runAs(
                    TenantId.of(dialogue.tenantId()),
                    () -> dialogue.pullEvents().forEach(outbox::publish));
        }
        return ids.size();
    }
}
