package dk.anskaf.notification.mail;

import org.jspecify.annotations.Nullable;

/**
 * A rendered message for one recipient, ready to be queued.
 *
 * @param signInLink set when the texts hold a marker for the recipient's sign-in link, which the
 *     dispatcher asks identity for right before sending
 */
public record OutgoingMail(
        String template,
        String recipient,
        String fromName,
        @Nullable String replyTo,
        String subject,
        String bodyText,
        String bodyHtml,
        @Nullable SignInLink signInLink) {

    public OutgoingMail(
            String template,
            String recipient,
            String fromName,
            @Nullable String replyTo,
            String subject,
            String bodyText,
            String bodyHtml) {
        this(template, recipient, fromName, replyTo, subject, bodyText, bodyHtml, null);
    }
}
