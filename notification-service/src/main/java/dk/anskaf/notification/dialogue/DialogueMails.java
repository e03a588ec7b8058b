package dk.anskaf.notification.dialogue;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.template.MessageType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mails of DOMAIN.md §7.1 per dialogue event, and the sign-in link a supplier contact asked for. Each
 * is processed once per event (inbox consumer {@code notification.<event type>}) and queued once per
 * recipient.
 */
@Configuration(proxyBeanMethods = false)
class DialogueMails {

    @Bean
    MailEventHandler<Invitations.SupplierInvited> invitationMail() {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.SUPPLIER_INVITED,
                Invitations.SupplierInvited.class,
                Invitations::invitation);
    }

    @Bean
    MailEventHandler<Invitations.SignInRequested> signInLinkMail() {
        return new DialogueMailHandler<>(
                Invitations.SIGN_IN_TOPIC,
                Invitations.SIGN_IN_REQUESTED,
                Invitations.SignInRequested.class,
                Invitations::signInLink);
    }

    @Bean
    MailEventHandler<SupplierNotices.DeadlineChanged> deadlineChangedMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.DEADLINE_CHANGED,
                SupplierNotices.DeadlineChanged.class,
                data -> SupplierNotices.toEach(MessageType.DEADLINE_CHANGED, data, properties));
    }

    @Bean
    MailEventHandler<SupplierNotices.DialogueCancelled> cancelledMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.CANCELLED,
                SupplierNotices.DialogueCancelled.class,
                data -> SupplierNotices.toEach(MessageType.DIALOGUE_CANCELLED, data, properties));
    }

    @Bean
    MailEventHandler<ContactNotices.SupplierAnswered> supplierFinishedMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.SUPPLIER_FINISHED,
                ContactNotices.SupplierAnswered.class,
                data -> ContactNotices.toContact(MessageType.SUPPLIER_FINISHED, data, properties));
    }

    @Bean
    MailEventHandler<ContactNotices.SupplierAnswered> supplierDeclinedMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.SUPPLIER_DECLINED,
                ContactNotices.SupplierAnswered.class,
                data -> ContactNotices.toContact(MessageType.SUPPLIER_DECLINED, data, properties));
    }

    @Bean
    MailEventHandler<ContactNotices.DialogueAnswered> deadlineReachedMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.DEADLINE_REACHED,
                ContactNotices.DialogueAnswered.class,
                data -> ContactNotices.toContact(MessageType.DEADLINE_REACHED, data, properties));
    }

    @Bean
    MailEventHandler<ContactNotices.DialogueAnswered> allAnsweredMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                DialogueEvents.ALL_ANSWERED,
                ContactNotices.DialogueAnswered.class,
                data -> ContactNotices.toContact(MessageType.ALL_SUPPLIERS_FINISHED, data, properties));
    }
}
