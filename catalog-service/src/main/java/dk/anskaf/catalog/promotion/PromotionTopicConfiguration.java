package dk.anskaf.catalog.promotion;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class PromotionTopicConfiguration {

    /** Replication follows the broker's default.replication.factor (1 locally, 3 in production). */
    @Bean
    NewTopic promotionsTopic() {
        return TopicBuilder.name(PromotionTopics.PROMOTIONS).partitions(3).build();
    }

    @Bean
    NewTopic boardMeetingsTopic() {
        return TopicBuilder.name(PromotionTopics.BOARD_MEETINGS).partitions(1).build();
    }
}
