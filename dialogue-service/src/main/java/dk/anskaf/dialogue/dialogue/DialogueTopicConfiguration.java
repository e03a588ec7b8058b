package dk.anskaf.dialogue.dialogue;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration(proxyBeanMethods = false)
class DialogueTopicConfiguration {

    /** Replication follows the broker's default.replication.factor (1 locally, 3 in production). */
    @Bean
    NewTopic dialogueEventsTopic() {
        return TopicBuilder.name(DialogueTopics.DIALOGUES).partitions(3).build();
    }
}
