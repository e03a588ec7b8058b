package dk.anskaf.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.NotificationProperties;
import dk.anskaf.notification.signin.SignInLinks;
import dk.anskaf.platform.tenancy.CrossTenantAccess;
import dk.anskaf.platform.tenancy.TenantContext;
import dk.anskaf.platform.tenancy.TenantId;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.mail.TestMail;
import dk.anskaf.platform.test.security.TestTokens;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@AnskafIntegrationTest
class MailDispatcherIntegrationTests {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    MailQueue queue;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CrossTenantAccess crossTenant;

    @Autowired
    IntegrationFixture fixture;

    @Autowired
    SmtpDelivery sender;

    @Autowired
    SignInLinks links;

    @Autowired
    NotificationProperties properties;

    @Autowired
    MeterRegistry meters;

    @Test
    void twoInstancesShareTheQueueAndSendEachMessageOnce() throws Exception {
        String marker = "Shared " + UUID.randomUUID();
        dispatcher.stop();
        var second = new MailDispatcher(jdbc, transactions, crossTenant, sender, links, properties, meters);
        try {
            TenantContext.runAs(
                    TenantId.of("0615"),
                    () -> transactions.executeWithoutResult(status -> {
                        for (int i = 0; i < 40; i++) {
                            queue.enqueue(UUID.randomUUID(), mail(marker + " #" + i, "modtager" + i + "@test.example"));
                        }
                    }));

            try (var executor = Executors.newFixedThreadPool(2)) {
                Future<?> a = executor.submit(() -> drain(dispatcher));
                Future<?> b = executor.submit(() -> drain(second));
                a.get();
                b.get();
            }

            assertThat(sentWith(marker)).isEqualTo(40);
            assertThat(statusCount(marker, "SENT")).isEqualTo(40);
        } finally {
            dispatcher.start();
        }
    }

    @Test
    void queueSizeAgeAndDeliveriesAreMetricsPerMessageType() throws Exception {
        dispatcher.stop();
        try {
            TenantContext.runAs(
                    TenantId.of("0615"),
                    () -> transactions.executeWithoutResult(status -> queue.enqueue(
                            UUID.randomUUID(),
                            new OutgoingMail(
                                    "contract-expiry-reminder",
                                    "metrik@test.example",
                                    "Horsens Kommune",
                                    null,
                                    "Metrik",
                                    "tekst",
                                    "<p>tekst</p>"))));

            String waiting = prometheus();

            assertThat(waiting)
                    .containsPattern("anskaf_mail_queue_size\\{[^}]*template=\"contract-expiry-reminder\"[^}]*} 1\\.0")
                    .containsPattern("anskaf_mail_queue_age_seconds\\{[^}]*template=\"invitation\"[^}]*} 0\\.0");
        } finally {
            dispatcher.start();
        }
        java.util.regex.Pattern sent = java.util.regex.Pattern.compile(
                "anskaf_mail_delivery_total\\{[^}]*status=\"sent\"[^}]*template=\"contract-expiry-reminder\"");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!sent.matcher(prometheus()).find() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(prometheus()).containsPattern(sent);
    }

    private String prometheus() throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                // Metrics are for the operator only.
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + TestTokens.shared().operator().mint())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void queueingTheSameEventForTheSameRecipientTwiceIsANoOp() {
        UUID event = UUID.randomUUID();
        String marker = "Once " + UUID.randomUUID();

        boolean first = TenantContext.callAs(
                TenantId.of("0615"),
                () -> transactions.execute(status -> queue.enqueue(event, mail(marker, "en@test.example"))));
        boolean second = TenantContext.callAs(
                TenantId.of("0615"),
                () -> transactions.execute(status -> queue.enqueue(event, mail(marker, "EN@test.example"))));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
    }

    private static void drain(MailDispatcher instance) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int idleRounds = 0;
        while (idleRounds < 3 && System.nanoTime() < deadline) {
            idleRounds = instance.dispatchDue() == 0 ? idleRounds + 1 : 0;
        }
    }

    private static OutgoingMail mail(String subject, String recipient) {
        return new OutgoingMail("test", recipient, "Horsens Kommune", null, subject, "tekst", "<p>tekst</p>");
    }

    private long sentWith(String marker) {
        return TestMail.sink().messages().stream()
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(marker);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .count();
    }

    private long statusCount(String marker, String status) {
        return fixture.acrossTenants(
                () -> jdbc.sql("select count(*) from mail_message where subject like ? and status = ?")
                        .params(marker + "%", status)
                        .query(Long.class)
                        .single());
    }
}
