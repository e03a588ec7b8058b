package dk.anskaf.notification.promotion;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.mail.MailQueue;
import dk.anskaf.platform.events.Inbox;
import dk.anskaf.platform.events.PoisonEventException;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Mails the editorial board when a municipality requests promotion of a requirement. */
@Component
class PromotionRequestedListener {

    static final String TOPIC = "anskaf.catalog.promotions";
    static final String REQUESTED = "dk.anskaf.catalog.requirement-promotion-requested.v1";
    static final String CONSUMER = "notification.board-promotion-mail";

    private final Inbox inbox;
    private final MailQueue queue;
    private final NotificationProperties properties;

    PromotionRequestedListener(Inbox inbox, MailQueue queue, NotificationProperties properties) {
        this.inbox = inbox;
        this.queue = queue;
        this.properties = properties;
    }

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, CONSUMER, REQUESTED, PromotionRequested.class, (event, data) -> {
            if (!"CROSS_MUNICIPAL".equals(data.target())) {
                return; // community promotions are decided by the members, not the board
            }
            if (data.requirementName() == null || data.reason() == null) {
                throw new PoisonEventException("Promotion request without requirement name or reason");
            }
            for (String recipient : properties.boardAddresses()) {
                queue.enqueue(UUID.fromString(event.id()), BoardMail.render(data, recipient));
            }
        });
    }
}
