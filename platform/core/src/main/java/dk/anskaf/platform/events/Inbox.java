package dk.anskaf.platform.events;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Processes consumed events exactly once in effect. For each record it reads the CloudEvent, binds its
 * tenant for the duration (thread, MDC, database session), and runs the handler in a transaction that
 * also records the event id as processed by this consumer, so a redelivered event changes nothing.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    public Inbox(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /** Handles a consumed event's data of type {@code T}. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(CloudEvent event, T data);
    }

    /**
     * @param consumer stable name of this consumer; the same event may be processed once per consumer
     * @param eventType the versioned CloudEvents type this handler takes; other types on the topic are skipped
     * @return true if the handler ran, false for a duplicate or another type
     */
    public <T> boolean process(
            ConsumerRecord<String, String> record,
            String consumer,
            String eventType,
            Class<T> type,
            Handler<T> handler) {
        CloudEvent event = read(record);
        if (!eventType.equals(event.type())) {
            return false;
        }
        TenantId tenant = tenantOf(event, record);
        T data = dataOf(event, type);
        try (TenantContext.Binding ignored = TenantContext.open(tenant)) {
            Boolean handled = transactions.execute(status -> {
                int inserted = jdbc.sql("insert into processed_event (consumer, event_id) values (?, ?)"
                                + " on conflict do nothing")
                        .params(consumer, UUID.fromString(event.id()))
                        .update();
                if (inserted == 0) {
                    return false;
                }
                handler.handle(event, data);
                return true;
            });
            if (!Boolean.TRUE.equals(handled)) {
                log.info("Event {} already processed by {}; skipped", event.id(), consumer);
            }
            return Boolean.TRUE.equals(handled);
        }
    }

    private CloudEvent read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            throw new PoisonEventException("Empty record");
        }
        try {
            CloudEvent event = json.readValue(record.value(), CloudEvent.class);
            if (event.id() == null || event.type() == null || event.data() == null) {
                throw new PoisonEventException("Not a CloudEvent: id, type and data are required");
            }
            UUID.fromString(event.id());
            return event;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new PoisonEventException("Unreadable event: " + e.getMessage(), e);
        }
    }

    private static TenantId tenantOf(CloudEvent event, ConsumerRecord<String, String> record) {
        try {
            TenantId tenant = TenantId.of(event.tenantid());
            Header header = record.headers().lastHeader(CloudEvent.TENANT_HEADER);
            if (header != null && !tenant.value().equals(new String(header.value(), StandardCharsets.UTF_8))) {
                throw new PoisonEventException("Tenant header and tenantid attribute disagree");
            }
            return tenant;
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Event without a valid tenantid", e);
        }
    }

    private <T> T dataOf(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JacksonException e) {
            throw new PoisonEventException("Event data does not match " + type.getSimpleName(), e);
        }
    }
}
