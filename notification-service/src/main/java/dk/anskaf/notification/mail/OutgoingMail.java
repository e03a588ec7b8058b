package dk.anskaf.notification.mail;

/** A rendered message for one recipient, ready to be queued. */
public record OutgoingMail(
        String template,
        String recipient,
        String fromName,
        String replyTo,
        String subject,
        String bodyText,
        String bodyHtml) {}
