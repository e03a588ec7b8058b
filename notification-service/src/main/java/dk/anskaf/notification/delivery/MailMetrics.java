package dk.anskaf.notification.delivery;

import dk.anskaf.notification.template.MessageType;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queue gauges per message type (a fixed set, so the tags stay bounded): how many messages wait to be
 * sent and how old the oldest is. Read from the database at most every few seconds however often
 * Prometheus scrapes. Sent, failed and dead counts are counters kept by the dispatcher
 * ({@code anskaf.mail.delivery}).
 */
@Component
class MailMetrics implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Snapshot(Map<String, Double> waiting, Map<String, Double> oldestSeconds, long takenAt) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CrossTenantAccess crossTenant;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), 0);

    MailMetrics(JdbcClient jdbc, TransactionTemplate transactions, CrossTenantAccess crossTenant) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.crossTenant = crossTenant;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MessageType type : MessageType.values()) {
            Gauge.builder(
                            "anskaf.mail.queue.size",
                            this,
                            m -> m.current().waiting().getOrDefault(type.key(), 0.0))
                    .description("Messages queued or being retried")
                    .tag("template", type.key())
                    .register(registry);
            Gauge.builder(
                            "anskaf.mail.queue.age",
                            this,
                            m -> m.current().oldestSeconds().getOrDefault(type.key(), 0.0))
                    .description("Age of the oldest message not yet sent")
                    .baseUnit("seconds")
                    .tag("template", type.key())
                    .register(registry);
        }
    }

    private Snapshot current() {
        Snapshot last = snapshot;
        if (System.nanoTime() - last.takenAt() < FRESH_FOR.toNanos() && last.takenAt() != 0) {
            return last;
        }
        Map<String, Double> waiting = new ConcurrentHashMap<>();
        Map<String, Double> oldest = new ConcurrentHashMap<>();
        try {
            crossTenant.run(
                    "mail-metrics",
                    () -> transactions.executeWithoutResult(tx -> jdbc.sql("""
                            select template, count(*) as waiting,
                                   extract(epoch from now() - min(created_at)) as oldest_seconds
                            from mail_message where status in ('QUEUED', 'SENDING', 'FAILED')
                            group by template
                            """).query(rs -> {
                        waiting.put(rs.getString("template"), rs.getDouble("waiting"));
                        oldest.put(rs.getString("template"), rs.getDouble("oldest_seconds"));
                    })));
        } catch (RuntimeException e) {
            return last; // the database is away: keep the last figures rather than fail the scrape
        }
        Snapshot fresh = new Snapshot(waiting, oldest, System.nanoTime());
        snapshot = fresh;
        return fresh;
    }
}
