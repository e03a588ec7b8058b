package dk.anskaf.notification.catalog;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.message.MailEventHandler;
import dk.anskaf.notification.template.MessageType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The three decision events, each mailed to the requester with its own template. */
@Configuration(proxyBeanMethods = false)
class PromotionDecisionMails {

    @Bean
    MailEventHandler<PromotionDecided> promotionApprovedMail(NotificationProperties properties) {
        return new PromotionDecidedHandler(CatalogTopics.APPROVED, MessageType.PROMOTION_APPROVED, properties);
    }

    @Bean
    MailEventHandler<PromotionDecided> promotionRejectedMail(NotificationProperties properties) {
        return new PromotionDecidedHandler(CatalogTopics.REJECTED, MessageType.PROMOTION_REJECTED, properties);
    }

    @Bean
    MailEventHandler<PromotionDecided> promotionPostponedMail(NotificationProperties properties) {
        return new PromotionDecidedHandler(CatalogTopics.POSTPONED, MessageType.PROMOTION_POSTPONED, properties);
    }
}
