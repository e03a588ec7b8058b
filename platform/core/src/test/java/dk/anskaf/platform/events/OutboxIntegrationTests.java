package dk.anskaf.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.KafkaBroker;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@AnskafIntegrationTest
class OutboxIntegrationTests {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaProperties kafkaProperties;

    @Autowired
    KafkaConnectionDetails kafkaConnection;

    @Autowired
    OutboxProperties outboxProperties;

    final KafkaBroker broker = Infrastructure.kafka();
    final String topic = "test.outbox." + UUID.randomUUID();
    final TenantId tenant = TenantId.of("0710");

    @Test
    void committedEventArrivesAsCloudEventWithKeyAndTenantHeader() {
        try (var probe = new TopicProbe(broker, topic)) {
            UUID id = publish("42", Map.of("name", "Backup"));

            ConsumerRecord<String, String> record =
                    probe.await(1, Duration.ofSeconds(20)).getFirst();
            CloudEvent event = json.readValue(record.value(), CloudEvent.class);

            assertThat(record.key()).isEqualTo("42");
            assertThat(new String(
                            record.headers()
                                    .lastHeader(CloudEvent.TENANT_HEADER)
                                    .value(),
                            StandardCharsets.UTF_8))
                    .isEqualTo("0710");
            assertThat(event.id()).isEqualTo(id.toString());
            assertThat(event.specversion()).isEqualTo("1.0");
            assertThat(event.type()).isEqualTo("dk.anskaf.test.happened.v1");
            assertThat(event.source()).isEqualTo("/anskaf/platform-test");
            assertThat(event.subject()).isEqualTo("42");
            assertThat(event.tenantid()).isEqualTo("0710");
            assertThat(event.time()).isNotNull();
            assertThat(event.data().get("name").asString()).isEqualTo("Backup");
        }
    }

    @Test
    void rolledBackTransactionEmitsNothing() {
        try (var probe = new TopicProbe(broker, topic)) {
            TenantContext.runAs(
                    tenant,
                    () -> transactions.executeWithoutResult(status -> {
                        outbox.publish(topic, "dk.anskaf.test.happened.v1", "rolled-back", Map.of());
                        status.setRollbackOnly();
                    }));
            publish("committed", Map.of());

            List<ConsumerRecord<String, String>> records = probe.await(1, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> later = probe.drain(Duration.ofSeconds(1));

            assertThat(records).extracting(ConsumerRecord::key).containsExactly("committed");
            assertThat(later).extracting(ConsumerRecord::key).containsExactly("committed");
        }
    }

    @Test
    void eventsOfOneAggregateArriveInCommitOrder() {
        try (var probe = new TopicProbe(broker, topic)) {
            for (int i = 0; i < 30; i++) {
                publish("same-aggregate", Map.of("n", i));
            }

            List<ConsumerRecord<String, String>> records = probe.await(30, Duration.ofSeconds(30));

            assertThat(records)
                    .extracting(r -> json.readValue(r.value(), CloudEvent.class)
                            .data()
                            .get("n")
                            .asInt())
                    .containsExactlyElementsOf(
                            java.util.stream.IntStream.range(0, 30).boxed().toList());
        }
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownAreDeliveredWhenItReturns() {
        try (var probe = new TopicProbe(broker, topic)) {
            publish("before", Map.of());
            probe.await(1, Duration.ofSeconds(20));

            broker.stop();
            UUID whileDown;
            try {
                whileDown = publish("while-down", Map.of());
                sleep(Duration.ofSeconds(2));
                assertThat(unpublished()).isEqualTo(1);
            } finally {
                broker.start();
            }

            List<ConsumerRecord<String, String>> records = probe.await(2, Duration.ofSeconds(60));

            assertThat(records).extracting(ConsumerRecord::key).containsExactly("before", "while-down");
            assertThat(json.readValue(records.get(1).value(), CloudEvent.class).id())
                    .isEqualTo(whileDown.toString());
            // The relay marks the row published once the broker acknowledged it: shortly after delivery.
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (unpublished() > 0 && System.nanoTime() < deadline) {
                sleep(Duration.ofMillis(100));
            }
            assertThat(unpublished()).isZero();
        }
    }

    @Test
    void withTwoRelayInstancesOnlyOneRelaysAndEachEventIsSentOnce() {
        var second = new OutboxRelay(
                dataSource,
                dk.anskaf.platform.PlatformAutoConfigurationAccess.relayTemplate(
                        kafkaProperties, kafkaConnection, outboxProperties),
                outboxProperties,
                meters,
                "second-relay");
        second.start();
        try (var probe = new TopicProbe(broker, topic)) {
            sleep(Duration.ofSeconds(2));
            assertThat(relay.isLeader() ^ second.isLeader()).isTrue();

            for (int i = 0; i < 50; i++) {
                publish("k" + (i % 5), Map.of("n", i));
            }
            List<ConsumerRecord<String, String>> records = probe.await(50, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> settled = probe.drain(Duration.ofSeconds(2));

            assertThat(records).hasSize(50);
            assertThat(settled)
                    .extracting(r -> json.readValue(r.value(), CloudEvent.class).id())
                    .doesNotHaveDuplicates()
                    .hasSize(50);
        } finally {
            second.stop();
        }
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantContext.runAs(
                        tenant, () -> outbox.publish(topic, "dk.anskaf.test.happened.v1", "x", Map.of())))
                .isInstanceOf(IllegalStateException.class);
    }

    private UUID publish(String key, Object data) {
        return TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> outbox.publish(topic, "dk.anskaf.test.happened.v1", key, data)));
    }

    private long unpublished() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null and topic = ?")
                .param(topic)
                .query(Long.class)
                .single();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
