package dk.anskaf.notification.message;

import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One message an event asks for: type, recipient and the placeholder values the event knows. The
 * composer adds the municipality's name, contact address and the platform link.
 *
 * @param replyTo who answers reach; null means the municipality's contact address
 * @param fromName display name of the sender; null means the municipality's name
 * @param subject a subject template written for this one message (an invitation's subject as the
 *     purchaser edited it), filled like the template's; null means the template's subject
 * @param dialogueId the dialogue a sign-in link is for, for message types whose {@code {link}} is the
 *     recipient's sign-in link ({@link MessageType#signInLink()}); null lets identity choose
 */
public record MailRequest(
        MessageType type,
        String recipient,
        Map<Placeholder, String> values,
        @Nullable String replyTo,
        @Nullable String fromName,
        @Nullable String subject,
        @Nullable Long dialogueId) {

    public MailRequest {
        values = Map.copyOf(values);
    }

    public static MailRequest of(MessageType type, String recipient, Map<Placeholder, String> values) {
        return new MailRequest(type, recipient, values, null, null, null, null);
    }

    public MailRequest replyTo(@Nullable String address) {
        return new MailRequest(type, recipient, values, address, fromName, subject, dialogueId);
    }

    public MailRequest from(String displayName) {
        return new MailRequest(type, recipient, values, replyTo, displayName, subject, dialogueId);
    }

    /** Blank means the template's subject. */
    public MailRequest subject(@Nullable String subjectTemplate) {
        String own = subjectTemplate == null || subjectTemplate.isBlank() ? null : subjectTemplate;
        return new MailRequest(type, recipient, values, replyTo, fromName, own, dialogueId);
    }

    public MailRequest signInFor(@Nullable Long dialogue) {
        return new MailRequest(type, recipient, values, replyTo, fromName, subject, dialogue);
    }
}
