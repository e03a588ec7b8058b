package dk.anskaf.notification.mail;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.signin.SignInLinks;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>A message with a sign-in link gets it from identity right before it is handed to SMTP, for that send
 * only ({@link SignInLink}). While identity is unavailable such a message goes back to the queue with
 * back-off, without using up an attempt (SMTP did not fail) and never without its link. When identity
 * knows no valid access for the address, the message waits the same way a few times
 * ({@code sign-in-access-retries}: identity may not have read the invitation event yet) and is then DEAD.
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
    private final SignInLinks links;
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
            SignInLinks links,
            NotificationProperties properties,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.crossTenant = crossTenant;
        this.sender = sender;
        this.links = links;
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
        List<Result> results = new ArrayList<>(claimed.size());
        List<QueuedMail> ready = withSignInLinks(claimed, results);
        List<SmtpDelivery.Outcome> outcomes =
                ready.isEmpty() ? List.of() : sender.sendAll(ready, properties.senderAddress());
        for (int i = 0; i < ready.size(); i++) {
            results.add(result(ready.get(i), outcomes.get(i)));
        }
        record(results);
        return claimed.size();
    }

    /**
     * The messages ready for SMTP, each with its sign-in link in place; the others' results go to {@code
     * results}. After identity fails once, the batch's further links are not asked for: a hanging identity
     * would otherwise hold the batch past its lease.
     */
    private List<QueuedMail> withSignInLinks(List<QueuedMail> claimed, List<Result> results) {
        List<QueuedMail> ready = new ArrayList<>(claimed.size());
        @Nullable String unavailable = null;
        for (QueuedMail mail : claimed) {
            if (mail.linkMarker() == null || mail.linkEmail() == null) {
                ready.add(mail);
                continue;
            }
            if (unavailable != null) {
                results.add(deferred(mail, unavailable));
                continue;
            }
            switch (links.issue(mail.linkEmail(), mail.linkDialogueId())) {
                case SignInLinks.Issued issued -> ready.add(mail.withSignInLink(issued.url()));
                case SignInLinks.NoAccess refused ->
                    // identity reads the invitation from the same event as we do and may not have yet:
                    // wait a while (back-off) before deciding the address really has no access.
                    results.add(
                            refused.waitable() && mail.linkDeferrals() < properties.signInAccessRetries()
                                    ? deferred(mail, "identity knows no access yet: " + refused.reason())
                                    : new Result(mail, "DEAD", refused.reason(), Duration.ZERO));
                case SignInLinks.Unavailable failed -> {
                    unavailable = failed.reason();
                    results.add(deferred(mail, unavailable));
                }
            }
        }
        return ready;
    }

    private Result deferred(QueuedMail mail, String reason) {
        return new Result(mail, "QUEUED", reason, backoff(properties.retryBackoff(), mail.linkDeferrals() + 1), true);
    }

    /** What became of one claimed message. */
    private record Result(
            QueuedMail mail, String status, @Nullable String error, Duration retryIn, boolean deferred) {

        Result(QueuedMail mail, String status, @Nullable String error, Duration retryIn) {
            this(mail, status, error, retryIn, false);
        }

        /** The delivery metric's status: a deferral is not a failed delivery. */
        String metricStatus() {
            return deferred ? "deferred" : status.toLowerCase(java.util.Locale.ROOT);
        }
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
                                  body_html, attempts, link_marker, link_email, link_dialogue_id, link_deferrals
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
                                       next_attempt_at = now() + make_interval(secs => ?),
                                       attempts = attempts - ?, link_deferrals = link_deferrals + ?
                                where id = ?
                                """)
                                .params(
                                        result.status(),
                                        result.error(),
                                        result.status(),
                                        result.retryIn().toMillis() / 1000.0,
                                        result.deferred() ? 1 : 0,
                                        result.deferred() ? 1 : 0,
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
                            result.metricStatus())
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

    /** A claimed message; the {@code link*} columns are set when it waits for a sign-in link. */
    public record QueuedMail(
            UUID id,
            String tenantId,
            String template,
            String recipient,
            String fromName,
            @Nullable String replyTo,
            String subject,
            String bodyText,
            String bodyHtml,
            int attempts,
            @Nullable String linkMarker,
            @Nullable String linkEmail,
            @Nullable Long linkDialogueId,
            int linkDeferrals) {

        /** This message as it is sent: the link in place of the marker, in this copy only. */
        QueuedMail withSignInLink(String url) {
            SignInLink link = new SignInLink(
                    java.util.Objects.requireNonNull(linkEmail),
                    linkDialogueId,
                    java.util.Objects.requireNonNull(linkMarker));
            return new QueuedMail(
                    id,
                    tenantId,
                    template,
                    recipient,
                    fromName,
                    replyTo,
                    link.fillText(subject, url),
                    link.fillText(bodyText, url),
                    link.fillHtml(bodyHtml, url),
                    attempts,
                    null,
                    null,
                    null,
                    linkDeferrals);
        }
    }
}
