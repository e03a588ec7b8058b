package dk.anskaf.notification.message;

import dk.anskaf.platform.events.CloudEvent;
import java.util.List;

/**
 * Turns one event type into zero or more messages. Adding a mail for a new event means one small
 * class implementing this as a Spring bean: the listener subscribes to its topic, runs it once per
 * event (through the inbox) and queues what it returns. See docs/events.md.
 *
 * @param <T> the event's data, as this service reads it (its own record: services share the contract,
 *     not classes)
 */
public interface MailEventHandler<T> {

    String topic();

    /** The versioned CloudEvents type, e.g. {@code dk.anskaf.catalog.requirement-promotion-approved.v1}. */
    String eventType();

    Class<T> dataType();

    /** Stable name under which the inbox records the events this handler has processed. */
    default String consumer() {
        return "notification." + eventType();
    }

    /**
     * Runs in the event's tenant, inside the transaction that records the event as processed; throw
     * {@link dk.anskaf.platform.events.PoisonEventException} for data that can never make a mail.
     */
    List<MailRequest> mails(CloudEvent event, T data);
}
