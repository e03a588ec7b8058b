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
    private Thread worker;

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
        wakeUps.release();
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = Thread.ofPlatform().daemon().name("mail-dispatcher").start(this::loop);
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
        for (int i = 0; i < claimed.size(); i++) {
            deliver(claimed.get(i), outcomes.get(i));
        }
        return claimed.size();
    }

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

    private void deliver(QueuedMail mail, SmtpDelivery.Outcome outcome) {
        switch (outcome.result()) {
            case SENT -> record(mail, "SENT", null, Duration.ZERO);
            case PERMANENT_FAILURE -> record(mail, "DEAD", outcome.error(), Duration.ZERO);
            case TRANSIENT_FAILURE -> {
                if (mail.attempts() >= properties.maxAttempts()) {
                    record(mail, "DEAD", outcome.error(), Duration.ZERO);
                } else {
                    record(mail, "FAILED", outcome.error(), backoff(mail.attempts()));
                }
            }
        }
    }

    private void record(QueuedMail mail, String status, String error, Duration retryIn) {
        crossTenant.run(
                "mail-dispatch",
                () -> transactions.executeWithoutResult(tx -> jdbc.sql("""
                        update mail_message set status = ?, last_error = ?, lease_until = null,
                               sent_at = case when ? = 'SENT' then now() else sent_at end,
                               next_attempt_at = now() + make_interval(secs => ?)
                        where id = ?
                        """)
                        .params(status, error, status, retryIn.toMillis() / 1000.0, mail.id())
                        .update()));
        meters.counter("anskaf.mail.delivery", "template", mail.template(), "status", status.toLowerCase())
                .increment();
        if (!"SENT".equals(status)) {
            log.warn("Mail {} ({}) is {}: {}", mail.id(), mail.template(), status, error);
        }
    }

    /** 5 s, 10 s, 20 s ... capped at 15 min, with up to 20 % jitter so instances do not retry in step. */
    static Duration backoff(int attempts) {
        long seconds = Math.min(900, 5L << Math.min(attempts - 1, 10));
        long jitter = ThreadLocalRandom.current().nextLong(seconds * 200 + 1);
        return Duration.ofMillis(seconds * 1000 + jitter);
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
