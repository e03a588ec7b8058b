package dk.anskaf.notification.mail;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued mail. Each message is claimed with {@code FOR UPDATE SKIP LOCKED} and a lease, so
 * several instances share the work without two of them sending the same message. Transient SMTP failures
 * are retried with exponential back-off and jitter; permanent ones (5xx, invalid address) end as DEAD
 * at once. A message whose sender crashed mid-send is retried when its lease runs out.
 */
@Component
public class MailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CrossTenantAccess crossTenant;
    private final SmtpDelivery sender;
    private final NotificationProperties properties;
    private final MeterRegistry meters;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private final List<Thread> workers = new java.util.ArrayList<>();

    MailDispatcher(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            CrossTenantAccess crossTenant,
            SmtpDelivery sender,
            NotificationProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.crossTenant = crossTenant;
        this.sender = sender;
        this.properties = properties;
        this.meters = meters;
    }

    /** Called after a commit that queued mail, so it goes out now rather than at the next poll. */
    public void wakeUp() {
        wakeUps.release(properties.senders());
    }

    /** Several senders, each with its own SMTP connection per batch: SMTP round trips dominate sending. */
    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.senders(); i++) {
            workers.add(
                    Thread.ofPlatform().daemon().name("mail-dispatcher-" + i).start(this::loop));
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                int handled = dispatchDue();
                if (handled < BATCH) {
                    wakeUps.tryAcquire(properties.dispatchInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Mail dispatch round failed; retrying: {}", e.getMessage());
                sleep(properties.dispatchInterval());
            }
        }
    }

    /** Sends what is due now; returns how many messages it handled. Public for tests and benchmarks. */
    public int dispatchDue() {
        List<QueuedMail> claimed = crossTenant.call("mail-dispatch", () -> transactions.execute(status -> claim()));
        if (claimed.isEmpty()) {
            return 0;
        }
        List<SmtpDelivery.Outcome> outcomes = sender.sendAll(claimed, properties.senderAddress());
        List<Result> results = new java.util.ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            results.add(result(claimed.get(i), outcomes.get(i)));
        }
        record(results);
        return claimed.size();
    }

    /** What became of one claimed message. */
    private record Result(QueuedMail mail, String status, String error, Duration retryIn) {}

    private List<QueuedMail> claim() {
        return jdbc.sql("""
                        update mail_message set status = 'SENDING', attempts = attempts + 1,
                               lease_until = now() + make_interval(secs => ?)
                        where id in (select id from mail_message
                                     where (status in ('QUEUED', 'FAILED') and next_attempt_at <= now())
                                        or (status = 'SENDING' and lease_until < now())
                                     order by next_attempt_at
                                     limit ? for update skip locked)
                        returning id, tenant_id, template, recipient, from_name, reply_to, subject, body_text,
                                  body_html, attempts
                        """)
                .params(LEASE.toSeconds(), BATCH)
                .query(QueuedMail.class)
                .list();
    }

    private Result result(QueuedMail mail, SmtpDelivery.Outcome outcome) {
        return switch (outcome.result()) {
            case SENT -> new Result(mail, "SENT", null, Duration.ZERO);
            case PERMANENT_FAILURE -> new Result(mail, "DEAD", outcome.error(), Duration.ZERO);
            case TRANSIENT_FAILURE ->
                mail.attempts() >= properties.maxAttempts()
                        ? new Result(mail, "DEAD", outcome.error(), Duration.ZERO)
                        : new Result(
                                mail, "FAILED", outcome.error(), backoff(properties.retryBackoff(), mail.attempts()));
        };
    }

    /** One transaction for the whole batch: a round trip per message cost more than the sending. */
    private void record(List<Result> results) {
        crossTenant.run(
                "mail-dispatch",
                () -> transactions.executeWithoutResult(tx -> {
                    for (Result result : results) {
                        jdbc.sql("""
                                update mail_message set status = ?, last_error = ?, lease_until = null,
                                       sent_at = case when ? = 'SENT' then now() else sent_at end,
                                       next_attempt_at = now() + make_interval(secs => ?)
                                where id = ?
                                """)
                                .params(
                                        result.status(),
                                        result.error(),
                                        result.status(),
                                        result.retryIn().toMillis() / 1000.0,
                                        result.mail().id())
                                .update();
                    }
                }));
        for (Result result : results) {
            meters.counter(
                            "anskaf.mail.delivery",
                            "template",
                            result.mail().template(),
                            "status",
                            result.status().toLowerCase(java.util.Locale.ROOT))
                    .increment();
            if (!"SENT".equals(result.status())) {
                log.warn(
                        "Mail {} ({}) is {}: {}",
                        result.mail().id(),
                        result.mail().template(),
                        result.status(),
                        result.error());
            }
        }
    }

    /** First wait, doubled per attempt, capped at 15 min, plus up to 20 % jitter so instances do not retry in step. */
    static Duration backoff(Duration first, int attempts) {
        long millis = Math.min(900_000, first.toMillis() << Math.min(attempts - 1, 16));
        long jitter = ThreadLocalRandom.current().nextLong(millis / 5 + 1);
        return Duration.ofMillis(millis + jitter);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A claimed message. */
    public record QueuedMail(
            UUID id,
            String tenantId,
            String template,
            String recipient,
            String fromName,
            String replyTo,
            String subject,
            String bodyText,
            String bodyHtml,
            int attempts) {}
}
