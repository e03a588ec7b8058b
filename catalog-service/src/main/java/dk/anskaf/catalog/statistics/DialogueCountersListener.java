package dk.anskaf.catalog.statistics;

import dk.anskaf.platform.events.CloudEvent;
import dk.anskaf.platform.events.Inbox;
import dk.anskaf.platform.events.PoisonEventException;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what the front page counts of market dialogues: each dialogue created (dialogue-created, with
 * when) and each supplier organisation invited (supplier-invited, the first time). The inbox skips an
 * event received again, and the rows are keyed by dialogue and organisation, so a fact published again
 * under a new event id counts nothing twice either.
 */
@Component
class DialogueCountersListener {

    static final String TOPIC = "anskaf.dialogue.dialogues";
    static final String CREATED = "dk.anskaf.dialogue.dialogue-created.v1";
    static final String INVITED = "dk.anskaf.dialogue.supplier-invited.v1";

    /** This service's copies of the contract (docs/events.md); fields it does not need are ignored. */
    record DialogueCreated(long dialogueId, @Nullable Instant createdAt) {}

    record SupplierInvited(long dialogueId, @Nullable UUID organisationId) {}

    private final Inbox inbox;
    private final JdbcClient jdbc;

    DialogueCountersListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = TOPIC, id = "catalog-dialogue-counters")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, "catalog.dialogues-created", CREATED, DialogueCreated.class, this::created);
        inbox.process(record, "catalog.suppliers-connected", INVITED, SupplierInvited.class, this::invited);
    }

    private void created(CloudEvent event, DialogueCreated dialogue) {
        jdbc.sql("""
                        insert into created_dialogue (dialogue_id, tenant_id, created_at) values (?, ?, ?)
                        on conflict (dialogue_id) do nothing
                        """)
                .params(
                        dialogue.dialogueId(),
                        event.tenantid(),
                        java.sql.Timestamp.from(dialogue.createdAt() != null ? dialogue.createdAt() : event.time()))
                .update();
    }

    private void invited(CloudEvent event, SupplierInvited invitation) {
        if (invitation.organisationId() == null) {
            throw new PoisonEventException("Invitation without an organisation id");
        }
        jdbc.sql("""
                        insert into connected_supplier (organisation_id, first_invited_at) values (?, ?)
                        on conflict (organisation_id) do nothing
                        """)
                .params(invitation.organisationId(), java.sql.Timestamp.from(event.time()))
                .update();
    }
}
