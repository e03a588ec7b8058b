package dk.anskaf.platform.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code db} health check with an upper bound on its time: it borrows a connection from the pool and
 * asks the database whether it is valid, and reports DOWN if that has not answered within
 * {@link HealthProperties#databaseTimeout()}. Spring Boot's own check calls {@code Connection.isValid(0)}
 * (no limit) after waiting up to the pool's connection timeout, so a database that accepts connections but
 * never answers made the readiness probe hang instead of answering 503.
 *
 * <p>The check runs on one thread of its own; while a check hangs, later probes wait for that same check
 * (each at most the bound) instead of starting more, so a hanging database ties up one thread, not one per
 * probe.
 */
public final class BoundedDatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("database-health").factory());
    private Future<Health> inFlight;

    public BoundedDatabaseHealthIndicator(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Health> check = currentCheck();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("error", "no answer within " + timeout)
                    .build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }

    private synchronized Future<Health> currentCheck() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = checker.submit(this::check);
        }
        return inFlight;
    }

    private Health check() {
        // isValid's own limit ends a check on a silent connection, so the thread is free for the next one.
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds)
                    ? Health.up().build()
                    : Health.down().withDetail("error", "connection not valid").build();
        } catch (SQLException e) {
            return Health.down(e).build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
