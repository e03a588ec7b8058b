package dk.anskaf.notification.message;

import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.util.Map;

/**
 * One message an event asks for: type, recipient and the placeholder values the event knows. The
 * composer adds the municipality's name, contact address and the platform link.
 *
 * @param replyTo who answers reach; null means the municipality's contact address
 * @param fromName display name of the sender; null means the municipality's name
 */
public record MailRequest(
        MessageType type, String recipient, Map<Placeholder, String> values, String replyTo, String fromName) {

    public MailRequest {
        values = Map.copyOf(values);
    }

    public static MailRequest of(MessageType type, String recipient, Map<Placeholder, String> values) {
        return new MailRequest(type, recipient, values, null, null);
    }

    public MailRequest replyTo(String address) {
        return new MailRequest(type, recipient, values, address, fromName);
    }

    public MailRequest from(String displayName) {
        return new MailRequest(type, recipient, values, replyTo, displayName);
    }
}
