package dk.anskaf.notification.message;

import java.util.List;
import org.springframework.stereotype.Component;

/** Every {@link MailEventHandler} bean, and the topics they need the listener to subscribe to. */
@Component("mailEventHandlers")
class MailEventHandlers {

    private final List<MailEventHandler<?>> handlers;

    MailEventHandlers(List<MailEventHandler<?>> handlers) {
        this.handlers = List.copyOf(handlers);
    }

    public String[] topics() {
        return handlers.stream().map(MailEventHandler::topic).distinct().toArray(String[]::new);
    }

    List<MailEventHandler<?>> forTopic(String topic) {
        return handlers.stream().filter(h -> h.topic().equals(topic)).toList();
    }
}
