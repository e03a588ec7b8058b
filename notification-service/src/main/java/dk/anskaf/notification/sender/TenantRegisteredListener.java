package dk.anskaf.notification.sender;

import dk.anskaf.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Learns each municipality's official name from identity, for the From display name of its mail. */
@Component
class TenantRegisteredListener {

    static final String TOPIC = "anskaf.identity.tenants";
    static final String TYPE = "dk.anskaf.identity.tenant-registered.v1";

    record TenantRegistered(String tenantId, String officialName, String name) {}

    private final Inbox inbox;
    private final Municipalities municipalities;

    TenantRegisteredListener(Inbox inbox, Municipalities municipalities) {
        this.inbox = inbox;
        this.municipalities = municipalities;
    }

    @KafkaListener(topics = TOPIC, id = "notification-municipalities")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, "notification.municipalities", TYPE, TenantRegistered.class, (event, tenant) -> {
            municipalities.rename(tenant.officialName() != null ? tenant.officialName() : tenant.name());
        });
    }
}
