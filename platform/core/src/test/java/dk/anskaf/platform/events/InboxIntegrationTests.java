package dk.anskaf.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AnskafIntegrationTest
class InboxIntegrationTests {

    static final String TOPIC = "anskaf.platform-test.inbox";

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    final TenantId tenant = TenantId.of("0607");

    @Test
    void aRedeliveredEventTakesEffectOnce() {
        String text = "hello " + UUID.randomUUID();
        ConsumerRecord<String, String> original;
        try (var probe = new TopicProbe(Infrastructure.kafka(), TOPIC)) {
            TenantContext.runAs(
                    tenant,
                    () -> transactions.executeWithoutResult(
                            status -> outbox.publish(TOPIC, "dk.anskaf.test.greeting.v1", "g1", Map.of("text", text))));
            original = probe.await(1, Duration.ofSeconds(20)).stream()
                    .filter(r -> r.value().contains(text))
                    .findFirst()
                    .orElseThrow();
        }
        awaitRows(text, 1);

        TopicProbe.redeliver(Infrastructure.kafka(), original);
        TopicProbe.redeliver(Infrastructure.kafka(), original);
        sleep(Duration.ofSeconds(3));

        assertThat(rows(text)).isEqualTo(1);
    }

    @Test
    void theEffectIsStoredUnderTheEventsTenant() {
        String text = "tenant check " + UUID.randomUUID();
        TenantContext.runAs(
                tenant,
                () -> transactions.executeWithoutResult(
                        status -> outbox.publish(TOPIC, "dk.anskaf.test.greeting.v1", "g2", Map.of("text", text))));

        awaitRows(text, 1);

        String owner = fixture.acrossTenants(() -> jdbc.sql("select tenant_id from received where text = ?")
                .param(text)
                .query(String.class)
                .single());
        assertThat(owner).isEqualTo("0607");
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsError() {
        String garbage = "{not json " + UUID.randomUUID();
        try (var deadLetters = new TopicProbe(Infrastructure.kafka(), TOPIC + KafkaErrorHandling.DEAD_LETTER_SUFFIX)) {
            TopicProbe.send(Infrastructure.kafka(), TOPIC, "poison", garbage);

            ConsumerRecord<String, String> dead = deadLetters.await(1, Duration.ofSeconds(30)).stream()
                    .filter(r -> garbage.equals(r.value()))
                    .findFirst()
                    .orElseThrow();

            var error = dead.headers().lastHeader("kafka_dlt-exception-message");
            assertThat(error).isNotNull();
            assertThat(new String(error.value(), StandardCharsets.UTF_8)).contains("Unreadable event");
        }
    }

    private void awaitRows(String text, int expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (rows(text) < expected && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(100));
        }
        assertThat(rows(text)).isEqualTo(expected);
    }

    private long rows(String text) {
        return TenantContext.callAs(
                tenant,
                () -> transactions.execute(status -> jdbc.sql("select count(*) from received where text = ?")
                        .param(text)
                        .query(Long.class)
                        .single()));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
