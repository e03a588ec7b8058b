package dk.anskaf.notification.sender;

import dk.anskaf.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Learns each municipality's official name from identity's tenant-changed events, for the From display
 * name of its mail. Identity publishes every tenant's state, the 98 seeded municipalities included, so
 * every municipality is known by name before its first mail.
 */
@Component
class TenantChangedListener {

    static final String TOPIC = "anskaf.identity.tenants";
    static final String TYPE = "dk.anskaf.identity.tenant-changed.v1";

    /** This service's copy of the contract (docs/events.md); fields it does not need are ignored. */
    record TenantChanged(String tenantId, String officialName, String name) {}

    private final Inbox inbox;
    private final Municipalities municipalities;

    TenantChangedListener(Inbox inbox, Municipalities municipalities) {
        this.inbox = inbox;
        this.municipalities = municipalities;
    }

    @KafkaListener(topics = TOPIC, id = "notification-municipalities")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, "notification.municipalities", TYPE, TenantChanged.class, (event, tenant) -> {
            municipalities.rename(tenant.officialName() != null ? tenant.officialName() : tenant.name());
        });
    }
}
