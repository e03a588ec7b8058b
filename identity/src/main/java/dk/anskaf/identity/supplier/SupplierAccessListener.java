package dk.anskaf.identity.supplier;

import dk.anskaf.platform.events.Inbox;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code supplier_access} as dialogue-service invites, postpones and cancels (docs/events.md, market
 * dialogue events). Each event is handled once per consumer name (the inbox); the writes themselves are
 * idempotent too, so a replayed history ends in the same rows.
 */
@Component
class SupplierAccessListener {

    /** identity's copy of the fields of supplier-invited it needs (tolerant reader). */
    record SupplierInvited(
            long dialogueId,
            UUID organisationId,
            String organisationName,
            UUID contactId,
            String email,
            @Nullable Instant deadline) {}

    record DeadlineChanged(long dialogueId, Instant newDeadline) {}

    record DialogueCancelled(long dialogueId) {}

    private final Inbox inbox;
    private final SupplierAccesses accesses;

    SupplierAccessListener(Inbox inbox, SupplierAccesses accesses) {
        this.inbox = inbox;
        this.accesses = accesses;
    }

    @KafkaListener(topics = SupplierEvents.DIALOGUES, id = "identity-supplier-access")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(
                record,
                "identity.supplier-invited",
                SupplierEvents.SUPPLIER_INVITED,
                SupplierInvited.class,
                (event, invited) -> accesses.invited(new SupplierAccess(
                        invited.contactId(),
                        invited.dialogueId(),
                        invited.email(),
                        invited.organisationId(),
                        invited.organisationName(),
                        invited.deadline())));
        inbox.process(
                record,
                "identity.dialogue-deadline-changed",
                SupplierEvents.DEADLINE_CHANGED,
                DeadlineChanged.class,
                (event, changed) -> accesses.deadlineChanged(changed.dialogueId(), changed.newDeadline()));
        inbox.process(
                record,
                "identity.dialogue-cancelled",
                SupplierEvents.DIALOGUE_CANCELLED,
                DialogueCancelled.class,
                (event, cancelled) -> accesses.ended(cancelled.dialogueId()));
    }
}
