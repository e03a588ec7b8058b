package dk.anskaf.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Backlog and age of unsent outbox events, read from the table when metrics are scraped. */
public final class OutboxMetrics {

    private OutboxMetrics() {}

    public static void register(MeterRegistry meters, DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Gauge.builder("anskaf.outbox.backlog", jdbc, OutboxMetrics::backlog)
                .description("Committed events not yet acknowledged by Kafka")
                .register(meters);
        Gauge.builder("anskaf.outbox.oldest.age", jdbc, OutboxMetrics::oldestAgeSeconds)
                .description("Seconds since the oldest unsent event was committed")
                .baseUnit("seconds")
                .register(meters);
    }

    static double backlog(JdbcClient jdbc) {
        try {
            return jdbc.sql("select count(*) from outbox_event where published_at is null")
                    .query(Long.class)
                    .single();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    static double oldestAgeSeconds(JdbcClient jdbc) {
        try {
            return jdbc.sql("select coalesce(extract(epoch from now() - min(created_at)), 0)"
                            + " from outbox_event where published_at is null")
                    .query(Double.class)
                    .single();
        } catch (RuntimeException unavailable) {
            return Double.NaN;
        }
    }
}
