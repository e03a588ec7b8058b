package dk.anskaf.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one stored message over SMTP as multipart (plain text and HTML) and classifies the result. The
 * Message-ID is derived from the stored message's id, so a rare resend after a crash is recognisable as
 * the same message.
 */
@Component
class SmtpDelivery {

    enum Result {
        SENT,
        TRANSIENT_FAILURE,
        PERMANENT_FAILURE
    }

    record Outcome(Result result, String error) {}

    private final JavaMailSender mail;

    SmtpDelivery(JavaMailSender mail) {
        this.mail = mail;
    }

    Outcome send(MailDispatcher.QueuedMail message, String senderAddress) {
        try {
            MimeMessage mime = new StableIdMimeMessage(mail.createMimeMessage().getSession(), message.id() + "@anskaf");
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(senderAddress, message.fromName(), StandardCharsets.UTF_8.name()));
            helper.setTo(new InternetAddress(message.recipient(), true));
            if (message.replyTo() != null && !message.replyTo().isBlank()) {
                helper.setReplyTo(new InternetAddress(message.replyTo(), true));
            }
            helper.setSubject(message.subject());
            helper.setText(message.bodyText(), message.bodyHtml());
            mail.send(mime);
            return new Outcome(Result.SENT, null);
        } catch (jakarta.mail.internet.AddressException e) {
            return new Outcome(Result.PERMANENT_FAILURE, "Ugyldig adresse: " + e.getMessage());
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new Outcome(Result.PERMANENT_FAILURE, e.getMessage());
        } catch (MailException e) {
            return new Outcome(isPermanent(e) ? Result.PERMANENT_FAILURE : Result.TRANSIENT_FAILURE, e.getMessage());
        }
    }

    /** SMTP 5xx replies and rejected addresses will fail again; connection problems and 4xx may not. */
    static boolean isPermanent(MailException e) {
        if (e instanceof MailSendException send) {
            for (Exception failure : send.getFailedMessages().values()) {
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    if (t instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                        return true;
                    }
                    if (t instanceof SMTPSendFailedException sendFailed && sendFailed.getReturnCode() >= 500) {
                        return true;
                    }
                    if (t instanceof SendFailedException failed
                            && failed.getInvalidAddresses() != null
                            && failed.getInvalidAddresses().length > 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Keeps our Message-ID instead of the random one Jakarta Mail assigns when saving. */
    private static final class StableIdMimeMessage extends MimeMessage {
        private final String messageId;

        StableIdMimeMessage(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}
