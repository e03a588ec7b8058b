package dk.anskaf.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.NotificationApplication;
import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances of the service on one database and one consumer group, as deployed: each event's mail
 * goes out exactly once, also when every event is delivered twice.
 */
@AnskafIntegrationTest
@TestPropertySource(
        properties = {
            "anskaf.notification.board-addresses=kravredaktion@two.test",
            // The test adds partitions to a topic the first instance already reads; see them soon.
            "spring.kafka.consumer.properties.metadata.max.age.ms=1000"
        })
class TwoInstancesIntegrationTests {

    private static final String TOPIC = "anskaf.catalog.promotions";

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void twoInstancesConsumingTheSameEventsSendEachMailOnce() throws Exception {
        spreadOverThreePartitions();
        try (ConfigurableApplicationContext second = secondInstance()) {
            String run = "To instanser " + UUID.randomUUID();
            for (int i = 0; i < 60; i++) {
                TopicProbe.send(
                        Infrastructure.kafka(),
                        TOPIC,
                        String.valueOf(i),
                        SmtpOutageIntegrationTests.requested(run + " #" + i));
            }
            assertThat(ReceivedMail.await(run, 60)).hasSize(60);

            try (var probe = new TopicProbe(Infrastructure.kafka(), TOPIC)) {
                for (ConsumerRecord<String, String> record : probe.drain(Duration.ofSeconds(5))) {
                    if (record.value().contains(run)) {
                        TopicProbe.redeliver(Infrastructure.kafka(), record);
                    }
                }
            }
            ReceivedMail.sleep(Duration.ofSeconds(5));

            assertThat(ReceivedMail.about(run)).hasSize(60);
            assertThat(ReceivedMail.about(run).stream()
                            .map(m -> {
                                try {
                                    return m.getSubject();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                            .distinct())
                    .hasSize(60);
        }
    }

    /** Same database, broker, SMTP server and token issuer as this test's instance; its own HTTP port. */
    private ConfigurableApplicationContext secondInstance() {
        Map<String, Object> properties = new HashMap<>(
                ((MapPropertySource) environment.getPropertySources().get("anskafTestInfrastructure")).getSource());
        properties.put("server.port", "0");
        properties.put("anskaf.notification.board-addresses", "kravredaktion@two.test");
        properties.put("spring.kafka.consumer.properties.metadata.max.age.ms", "1000");
        // As arguments: they outrank application.yml, as the environment does for a real second instance.
        return new SpringApplicationBuilder(NotificationApplication.class)
                .run(properties.entrySet().stream()
                        .map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new));
    }

    private static void spreadOverThreePartitions() throws Exception {
        Properties config = new Properties();
        config.put(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Set<String> topics = admin.listTopics().names().get();
            if (!topics.contains(TOPIC)) {
                admin.createTopics(Set.of(new NewTopic(TOPIC, 3, (short) 1)))
                        .all()
                        .get();
                return;
            }
            int partitions = admin.describeTopics(Set.of(TOPIC))
                    .allTopicNames()
                    .get()
                    .get(TOPIC)
                    .partitions()
                    .size();
            if (partitions < 3) {
                admin.createPartitions(Map.of(TOPIC, NewPartitions.increaseTo(3)))
                        .all()
                        .get();
            }
        }
    }
}
