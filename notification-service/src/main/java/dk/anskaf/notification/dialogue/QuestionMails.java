package dk.anskaf.notification.dialogue;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mails of Spørgsmål og svar, one handler per event type, each processed once per event (inbox consumer
 * {@code notification.<event type>}) and queued once per recipient: a redelivered event or a restart sends
 * nobody the same answer twice.
 */
@Configuration(proxyBeanMethods = false)
class QuestionMails {

    @Bean
    MailEventHandler<QuestionNotices.QuestionAsked> questionAskedMail(NotificationProperties properties) {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                QuestionNotices.QUESTION_ASKED,
                QuestionNotices.QuestionAsked.class,
                data -> QuestionNotices.toContact(data, properties));
    }

    @Bean
    MailEventHandler<QuestionNotices.QuestionAnswered> questionAnsweredMail() {
        return new DialogueMailHandler<>(
                DialogueEvents.TOPIC,
                QuestionNotices.QUESTION_ANSWERED,
                QuestionNotices.QuestionAnswered.class,
                QuestionNotices::toSuppliers);
    }
}
