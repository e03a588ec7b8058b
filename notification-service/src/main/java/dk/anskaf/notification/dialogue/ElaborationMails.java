package dk.anskaf.notification.dialogue;

import static dk.anskaf.notification.template.Placeholder.*;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.message.MailRequest;
import dk.anskaf.notification.template.MessageType;
import dk.anskaf.notification.template.Placeholder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The elaboration loop's mails (DOMAIN.md §5.10, §7.1; issue #15 part "review"): the purchaser's request
 * to every address the organisation was invited by, each with its own sign-in link issued at sending (as
 * the invitation), in the municipality's name with the contact e-mail as Reply-To; and the notice to the
 * contact e-mail that the supplier has elaborated. The message is the purchaser's text as typed: the
 * template renders it as text (escaped in the HTML part).
 */
@Configuration(proxyBeanMethods = false)
class ElaborationMails {

    static final String ELABORATION_REQUESTED = "dk.anskaf.dialogue.elaboration-requested.v1";
    static final String ELABORATION_SENT = "dk.anskaf.dialogue.elaboration-sent.v1";

    /** elaboration-requested, as this service reads it (docs/events.md). */
    record ElaborationRequested(
            long dialogueId,
            @Nullable String title,
            @Nullable String customerName,
            @Nullable String contactEmail,
            @Nullable String organisationName,
            @Nullable String message,
            @Nullable List<String> supplierEmails) {}

    /** elaboration-sent, as this service reads it (docs/events.md). */
    record ElaborationSent(
            long dialogueId,
            @Nullable String title,
            @Nullable String contactEmail,
            @Nullable UUID answerSetId,
            @Nullable String organisationName)
            implements ContactNotices.Notice {}

    @Bean
    MailEventHandler<ElaborationRequested> elaborationRequestedMail() {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC, ELABORATION_REQUESTED, ElaborationRequested.class, ElaborationMails::requested);
    }

    @Bean
    MailEventHandler<ElaborationSent> elaborationSentMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC, ELABORATION_SENT, ElaborationSent.class, data -> sent(data, properties));
    }

    /** Each invited address once, however it is spelled. */
    static List<MailRequest> requested(ElaborationRequested data) {
        if (data.supplierEmails() == null) {
            return List.of();
        }
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(MARKEDSDIALOG, DialogueEvents.text(data.title()));
        values.put(LEVERANDOER, DialogueEvents.text(data.organisationName()));
        values.put(BESKED, DialogueEvents.text(data.message()));
        if (data.customerName() != null && !data.customerName().isBlank()) {
            values.put(KOMMUNE, data.customerName());
        }
        boolean hasContact = DialogueEvents.hasAddress(data.contactEmail());
        if (hasContact) {
            values.put(KONTAKTEMAIL, data.contactEmail());
        }
        Set<String> seen = new LinkedHashSet<>();
        List<MailRequest> mails = new ArrayList<>();
        for (String address : data.supplierEmails()) {
            if (DialogueEvents.hasAddress(address) && seen.add(address.strip().toLowerCase(Locale.ROOT))) {
                mails.add(MailRequest.of(MessageType.ELABORATION_REQUESTED, address.strip(), values)
                        .replyTo(hasContact ? data.contactEmail() : null)
                        .signInFor(data.dialogueId()));
            }
        }
        return mails;
    }

    /** To the contact e-mail, linking to that supplier's answers in the portal. */
    static List<MailRequest> sent(ElaborationSent data, NotificationProperties properties) {
        List<MailRequest> mails = ContactNotices.toContact(MessageType.SUPPLIER_ELABORATED, data, properties);
        if (data.answerSetId() == null) {
            return mails;
        }
        String link =
                properties.publicUrl() + "/markedsdialoger/" + data.dialogueId() + "/besvarelser/" + data.answerSetId();
        return mails.stream()
                .map(mail -> {
                    Map<Placeholder, String> values = new EnumMap<>(mail.values());
                    values.put(LINK, link);
                    return MailRequest.of(mail.type(), mail.recipient(), values);
                })
                .toList();
    }
}
