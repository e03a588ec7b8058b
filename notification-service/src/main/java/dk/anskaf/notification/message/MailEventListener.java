package dk.anskaf.notification.message;

import dk.anskaf.notification.mail.MailQueue;
import dk.anskaf.platform.events.Inbox;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Subscribes to every topic a {@link MailEventHandler} names and gives each record to the handlers of
 * that topic. Each handler processes an event once (the inbox), and queueing is idempotent per event x
 * recipient x message type, so a redelivered event or a restart sends nothing twice.
 */
@Component
class MailEventListener {

    private final MailEventHandlers handlers;
    private final Inbox inbox;
    private final MailComposer composer;
    private final MailQueue queue;

    MailEventListener(MailEventHandlers handlers, Inbox inbox, MailComposer composer, MailQueue queue) {
        this.handlers = handlers;
        this.inbox = inbox;
        this.composer = composer;
        this.queue = queue;
    }

    @KafkaListener(topics = "#{@mailEventHandlers.topics()}", id = "notification-mail", idIsGroup = false)
    void on(ConsumerRecord<String, String> record) {
        for (MailEventHandler<?> handler : handlers.forTopic(record.topic())) {
            handle(record, handler);
        }
    }

    private <T> void handle(ConsumerRecord<String, String> record, MailEventHandler<T> handler) {
        inbox.process(record, handler.consumer(), handler.eventType(), handler.dataType(), (event, data) -> {
            UUID eventId = UUID.fromString(event.id());
            for (MailRequest request : handler.mails(event, data)) {
                queue.enqueue(eventId, composer.compose(request));
            }
        });
    }
}
