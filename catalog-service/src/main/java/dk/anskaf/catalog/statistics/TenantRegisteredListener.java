package dk.anskaf.catalog.statistics;

import dk.anskaf.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the list of onboarded municipalities from identity's events (idempotently). */
@Component
class TenantRegisteredListener {

    static final String TOPIC = "anskaf.identity.tenants";
    static final String TYPE = "dk.anskaf.identity.tenant-registered.v1";

    record TenantRegistered(String tenantId, String officialName) {}

    private final Inbox inbox;
    private final JdbcClient jdbc;

    TenantRegisteredListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = TOPIC, id = "catalog-registered-tenants")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(
                record,
                "catalog.registered-tenants",
                TYPE,
                TenantRegistered.class,
                (event, tenant) -> jdbc.sql("""
                        insert into registered_tenant (tenant_id, name) values (?, ?)
                        on conflict (tenant_id) do update set name = excluded.name
                        """)
                        .params(tenant.tenantId(), tenant.officialName())
                        .update());
    }
}
