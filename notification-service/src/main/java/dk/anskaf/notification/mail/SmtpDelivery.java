package dk.anskaf.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Sends the messages over one SMTP connection (a new connection per message costs several times the
     * sending itself) and returns one outcome per message, in order.
     */
    List<Outcome> sendAll(List<MailDispatcher.QueuedMail> messages, String senderAddress) {
        List<Outcome> outcomes = new ArrayList<>(messages.size());
        List<MimeMessage> prepared = new ArrayList<>();
        Map<MimeMessage, Integer> positions = new IdentityHashMap<>();
        for (MailDispatcher.QueuedMail message : messages) {
            try {
                MimeMessage mime = prepare(message, senderAddress);
                positions.put(mime, outcomes.size());
                prepared.add(mime);
                outcomes.add(new Outcome(Result.SENT, null));
            } catch (jakarta.mail.internet.AddressException e) {
                outcomes.add(new Outcome(Result.PERMANENT_FAILURE, "Ugyldig adresse: " + e.getMessage()));
            } catch (MessagingException | UnsupportedEncodingException e) {
                outcomes.add(new Outcome(Result.PERMANENT_FAILURE, e.getMessage()));
            }
        }
        if (prepared.isEmpty()) {
            return outcomes;
        }
        try {
            mail.send(prepared.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                markAll(outcomes, positions, new Outcome(Result.TRANSIENT_FAILURE, e.getMessage()));
            }
            e.getFailedMessages().forEach((failed, cause) -> {
                Integer position = positions.get(failed);
                if (position != null) {
                    outcomes.set(
                            position,
                            new Outcome(
                                    isPermanent(cause) ? Result.PERMANENT_FAILURE : Result.TRANSIENT_FAILURE,
                                    cause.getMessage()));
                }
            });
        } catch (MailException e) {
            markAll(outcomes, positions, new Outcome(Result.TRANSIENT_FAILURE, e.getMessage()));
        }
        return outcomes;
    }

    private static void markAll(List<Outcome> outcomes, Map<MimeMessage, Integer> positions, Outcome outcome) {
        positions.values().forEach(position -> outcomes.set(position, outcome));
    }

    private MimeMessage prepare(MailDispatcher.QueuedMail message, String senderAddress)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new StableIdMimeMessage(mail.createMimeMessage().getSession(), message.id() + "@anskaf");
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(senderAddress, message.fromName(), StandardCharsets.UTF_8.name()));
        helper.setTo(new InternetAddress(message.recipient(), true));
        if (message.replyTo() != null && !message.replyTo().isBlank()) {
            helper.setReplyTo(new InternetAddress(message.replyTo(), true));
        }
        helper.setSubject(message.subject());
        helper.setText(message.bodyText(), message.bodyHtml());
        return mime;
    }

    /** SMTP 5xx replies and rejected addresses will fail again; connection problems and 4xx may not. */
    static boolean isPermanent(Exception failure) {
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
