package dk.anskaf.catalog.statistics;

import dk.anskaf.platform.events.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every tenant's state as identity last published it (tenant-changed events, also for the seeded
 * municipalities), for the front page's count of connected municipalities. Each event replaces the
 * tenant's row, so an event received again, or the same state published again, counts nothing twice.
 */
@Component
class TenantChangedListener {

    static final String TOPIC = "anskaf.identity.tenants";
    static final String TYPE = "dk.anskaf.identity.tenant-changed.v1";

    /** This service's copy of the contract (docs/events.md); fields it does not need are ignored. */
    record TenantChanged(String tenantId, String kind, String officialName, boolean onboarded, long activeUsers) {}

    private final Inbox inbox;
    private final JdbcClient jdbc;

    TenantChangedListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = TOPIC, id = "catalog-registered-tenants")
    void on(ConsumerRecord<String, String> record) {
        inbox.process(
                record,
                "catalog.registered-tenants",
                TYPE,
                TenantChanged.class,
                (event, tenant) -> jdbc.sql("""
                        insert into registered_tenant (tenant_id, name, kind, onboarded, active_users)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_id) do update set name = excluded.name, kind = excluded.kind,
                            onboarded = excluded.onboarded, active_users = excluded.active_users, updated_at = now()
                        """)
                        .params(
                                tenant.tenantId(),
                                tenant.officialName(),
                                tenant.kind(),
                                tenant.onboarded(),
                                tenant.activeUsers())
                        .update());
    }
}
