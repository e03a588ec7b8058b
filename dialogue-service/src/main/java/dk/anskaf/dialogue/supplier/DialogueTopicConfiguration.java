package dk.anskaf.dialogue.supplier;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The dialogue event stream's topic; replication follows the broker's default (1 locally, 3 in production). */
@Configuration(proxyBeanMethods = false)
class DialogueTopicConfiguration {

    @Bean
    NewTopic supplierSideDialoguesTopic() {
        return TopicBuilder.name(DialogueEventTopics.DIALOGUES).partitions(3).build();
    }
}
