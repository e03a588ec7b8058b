package dk.anskaf.notification.dialogue;

import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.platform.events.CloudEvent;
import java.util.List;
import java.util.function.Function;

/**
 * One event type and the mails it asks for, as a function of its data: the dialogue mails differ only
 * in that, so each is a bean of this in {@link DialogueMails} rather than a class of its own.
 */
record DialogueMailHandler<T>(String topic, String eventType, Class<T> dataType, Function<T, List<MailRequest>> mails)
        implements MailEventHandler<T> {

    @Override
    public List<MailRequest> mails(CloudEvent event, T data) {
        return mails.apply(data);
    }
}
