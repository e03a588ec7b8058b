package dk.anskaf.platform.testapp;

import dk.anskaf.platform.events.Inbox;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ReceivingListener {

    static final String TOPIC = "anskaf.platform-test.inbox";

    private final Inbox inbox;
    private final JdbcClient jdbc;

    ReceivingListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    record Greeting(String text) {}

    @KafkaListener(topics = TOPIC)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(
                record,
                "platform-test.receiver",
                "dk.anskaf.test.greeting.v1",
                Greeting.class,
                (event, greeting) -> jdbc.sql("insert into received (event_id, text) values (?, ?)")
                        .params(UUID.fromString(event.id()), greeting.text())
                        .update());
    }
}
