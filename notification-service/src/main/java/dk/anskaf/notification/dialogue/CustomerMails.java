package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A mail to one supplier address in the customer's name (a joint dialogue's is the community), with the
 * purchaser's contact e-mail as {@code {kontaktemail}} and Reply-To (DOMAIN.md §7.4), and the recipient's
 * own sign-in link for the dialogue: the invitation and the reminder before the deadline.
 */
final class CustomerMails {

    private CustomerMails() {}

    static MailRequest withSignIn(
            MessageType type,
            String address,
            Map<Placeholder, String> values,
            @Nullable String customerName,
            @Nullable String contactEmail,
            long dialogueId) {
        if (customerName != null && !customerName.isBlank()) {
            values.put(KOMMUNE, customerName);
        }
        boolean hasContact = DialogueEvents.hasAddress(contactEmail);
        if (hasContact) {
            values.put(KONTAKTEMAIL, contactEmail);
        }
        return MailRequest.of(type, address, values)
                .replyTo(hasContact ? contactEmail : null)
                .signInFor(dialogueId);
    }
}
