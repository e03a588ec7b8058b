package dk.anskaf.notification.catalog;

import dk.anskaf.platform.events.Inbox;
import dk.anskaf.platform.events.PoisonEventException;
import dk.anskaf.platform.tenancy.TenantId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link BoardMembers} current from identity's board-membership-changed events (also those
 * identity publishes for members it had before). Events of one user arrive in order (keyed by user id);
 * the inbox skips one received again.
 */
@Component
class BoardMembershipListener {

    static final String TOPIC = "anskaf.identity.tenants";
    static final String TYPE = "dk.anskaf.identity.board-membership-changed.v1";

    /** This service's copy of the contract (docs/events.md). */
    record BoardMembershipChanged(
            @Nullable UUID userId,
            @Nullable String tenantId,
            @Nullable String name,
            @Nullable String email,
            boolean member) {}

    private final Inbox inbox;
    private final BoardMembers members;

    BoardMembershipListener(Inbox inbox, BoardMembers members) {
        this.inbox = inbox;
        this.members = members;
    }

    @KafkaListener(topics = TOPIC, id = "notification-board-members")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, "notification.board-members", TYPE, BoardMembershipChanged.class, (event, change) -> {
            if (change.userId() == null) {
                throw new PoisonEventException("Board membership without a user id");
            }
            if (change.member()) {
                members.join(change.userId(), tenantOf(change), change.name(), change.email());
            } else {
                members.leave(change.userId());
            }
        });
    }

    private static TenantId tenantOf(BoardMembershipChanged change) {
        try {
            return TenantId.of(change.tenantId());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Board membership without a valid tenant id");
        }
    }
}
