package dk.anskaf.notification.mail;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores messages for delivery in the caller's transaction (the consumer's, with its processed-event
 * record). The idempotency key makes queueing the same message twice a no-op.
 */
@Component
public class MailQueue {

    private final JdbcClient jdbc;
    private final MailDispatcher dispatcher;

    MailQueue(JdbcClient jdbc, MailDispatcher dispatcher) {
        this.jdbc = jdbc;
        this.dispatcher = dispatcher;
    }

    /** @return true if queued, false if this event already produced this message */
    public boolean enqueue(UUID eventId, OutgoingMail mail) {
        SignInLink link = mail.signInLink();
        String key = eventId + "|" + mail.recipient().toLowerCase(java.util.Locale.ROOT) + "|" + mail.template();
        int inserted = jdbc.sql("""
                        insert into mail_message (id, idempotency_key, event_id, template, recipient, from_name, reply_to,
                                                  subject, body_text, body_html, link_marker, link_email,
                                                  link_dialogue_id, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED')
                        on conflict (idempotency_key) do nothing
                        """)
                .params(
                        UUID.randomUUID(),
                        key,
                        eventId,
                        mail.template(),
                        mail.recipient(),
                        mail.fromName(),
                        mail.replyTo(),
                        mail.subject(),
                        mail.bodyText(),
                        mail.bodyHtml(),
                        link == null ? null : link.marker(),
                        link == null ? null : link.email(),
                        link == null ? null : link.dialogueId())
                .update();
        if (inserted > 0 && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wakeUp();
                }
            });
        }
        return inserted > 0;
    }
}
