package dk.anskaf.platform.events;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event by writing it to the outbox table in the caller's transaction. The {@link
 * OutboxRelay} sends it to Kafka after commit, so a rolled-back change never emits its event and a
 * committed one is never lost, even while the broker is down.
 */
public class Outbox {

    static final String NOTIFY_CHANNEL = "anskaf_outbox";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, JsonMapper json, String source, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Appends an event as it declares itself: its topic, type and key, for {@link DomainEvent#tenant()}
     * or else the current tenant. Its JSON is the same as {@link #publish(String, String, String, Object)}
     * would write for it.
     *
     * @return the event id
     * @throws IllegalStateException outside a transaction
     * @throws dk.anskaf.platform.tenancy.MissingTenantException without a tenant
     */
    public UUID publish(DomainEvent event) {
        return event.tenant()
                .map(tenant ->
                        TenantContext.callAs(tenant, () -> publish(event.topic(), event.type(), event.key(), event)))
                .orElseGet(() -> publish(event.topic(), event.type(), event.key(), event));
    }

    /**
     * Appends an event for the current tenant.
     *
     * @param topic the event stream (one topic per stream, see docs/events.md)
     * @param type the versioned event type, e.g. {@code dk.anskaf.catalog.requirement-promotion-requested.v1}
     * @param subject the aggregate id; also the record key, so events of one aggregate stay in order
     * @param data the event's data, serialised as JSON
     * @return the event id
     */
    public UUID publish(String topic, String type, String subject, Object data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events are published inside the transaction that changes state");
        }
        TenantId tenant = TenantContext.require();
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(
                CloudEvent.SPEC_VERSION,
                id.toString(),
                source,
                type,
                subject,
                clock.instant(),
                "application/json",
                tenant.value(),
                json.valueToTree(data));
        jdbc.sql("insert into outbox_event (event_id, topic, event_key, tenant_id, payload) values (?, ?, ?, ?, ?)")
                .params(id, topic, subject, tenant.value(), json.writeValueAsString(event))
                .update();
        // Delivered to the relay's LISTEN connection at commit, not at all on rollback.
        jdbc.sql("select pg_notify(?, '')").param(NOTIFY_CHANNEL).query().singleValue();
        return id;
    }
}
