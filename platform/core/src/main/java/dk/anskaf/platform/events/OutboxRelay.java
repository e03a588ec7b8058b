package dk.anskaf.platform.events;

import dk.anskaf.platform.tenancy.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends committed outbox rows to Kafka, in order, at least once.
 *
 * <p>Exactly one instance of a service relays at a time: the one holding a PostgreSQL advisory lock on
 * its own connection. If that instance dies, its connection closes, the lock is released and another
 * instance takes over within a second. The leader sleeps on LISTEN for the notification that {@link
 * Outbox} sends at commit, so an event is usually on the broker a few milliseconds after commit; a short
 * poll covers lost notifications. When Kafka is unavailable the rows stay in the table and are retried
 * with back-off until it returns.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Advisory lock key for "the outbox relay of this database" (each service has its own database). */
    private static final long LEADER_LOCK = 0x616E736B61660001L;

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final DataSource dataSource;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final Counter published;
    private final String name;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread worker;
    private Connection connection;
    private long lastPurge = System.nanoTime();

    public OutboxRelay(
            DataSource dataSource,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            MeterRegistry meters,
            String name) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.properties = properties;
        this.published = meters.counter("anskaf.outbox.published");
        this.name = name;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeConnection();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this instance currently holds the relay lock. */
    public boolean isLeader() {
        return leader;
    }

    private void loop() {
        Duration backoff = properties.pollInterval();
        while (running) {
            try {
                ensureLeadership();
                if (!leader) {
                    sleep(properties.standbyInterval());
                    continue;
                }
                int sent = relayBatch();
                backoff = properties.pollInterval();
                if (sent < properties.batchSize()) {
                    purgeIfDue();
                    awaitNotification(properties.pollInterval());
                }
            } catch (SQLException e) {
                log.warn("Outbox relay lost its database connection; reconnecting: {}", e.getMessage());
                closeConnection();
                sleep(backoff);
                backoff = next(backoff);
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Outbox relay could not send to Kafka; retrying in {}: {}", backoff, e.getMessage());
                sleep(backoff);
                backoff = next(backoff);
            }
        }
    }

    private void ensureLeadership() throws SQLException {
        if (connection == null || connection.isClosed()) {
            leader = false;
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement listen = connection.createStatement()) {
                listen.execute("listen " + Outbox.NOTIFY_CHANNEL);
            }
        }
        if (!leader) {
            try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LEADER_LOCK);
                try (ResultSet rs = lock.executeQuery()) {
                    rs.next();
                    leader = rs.getBoolean(1);
                }
            }
            if (leader) {
                log.info("{} is now the outbox relay of this service", name);
            }
        }
    }

    private int relayBatch() throws SQLException {
        List<PendingEvent> batch = pending();
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<?>> sends = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            sends.add(kafka.send(event.toRecord()));
        }
        kafka.flush();
        List<Long> done = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        for (int i = 0; i < batch.size(); i++) {
            try {
                sends.get(i).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                done.add(batch.get(i).position());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted");
                break;
            } catch (Exception e) {
                // Keep order: later events of the batch are resent after this one.
                failure = new IllegalStateException(e.getMessage(), e);
                break;
            }
        }
        markPublished(done);
        if (failure != null) {
            throw failure;
        }
        return batch.size();
    }

    private List<PendingEvent> pending() throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select position, topic, event_key, tenant_id, payload from outbox_event"
                        + " where published_at is null order by position limit ?")) {
            select.setInt(1, properties.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                List<PendingEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new PendingEvent(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            TenantId.of(rs.getString(4)),
                            rs.getString(5)));
                }
                return events;
            }
        }
    }

    private void markPublished(List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("update outbox_event set published_at = now() where position = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            update.executeUpdate();
        }
        published.increment(positions.size());
    }

    private void purgeIfDue() throws SQLException {
        long now = System.nanoTime();
        if (now - lastPurge < PURGE_EVERY.toNanos()) {
            return;
        }
        lastPurge = now;
        try (PreparedStatement purge = connection.prepareStatement(
                "delete from outbox_event where published_at < now() - make_interval(secs => ?)")) {
            purge.setLong(1, properties.retention().toSeconds());
            purge.executeUpdate();
        }
    }

    private void awaitNotification(Duration timeout) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        pg.getNotifications((int) timeout.toMillis());
    }

    private void closeConnection() {
        leader = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            connection = null;
        }
    }

    private static Duration next(Duration backoff) {
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = running && !Thread.currentThread().isInterrupted();
        }
    }

    record PendingEvent(long position, String topic, String key, TenantId tenant, String payload) {
        ProducerRecord<String, String> toRecord() {
            var record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(CloudEvent.TENANT_HEADER, tenant.value().getBytes(StandardCharsets.UTF_8));
            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }
}
