package dk.anskaf.notification.delivery;

import static dk.anskaf.notification.NotificationApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.mail.TestMail;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A message given up during a long outage is not lost: an administrator resends it once SMTP is back. */
@AnskafIntegrationTest
@TestPropertySource(
        properties = {
            "anskaf.notification.board-addresses=kravredaktion@giveup.test",
            "anskaf.notification.max-attempts=1"
        })
class GiveUpAndResendIntegrationTests {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    @Test
    void aDeadMessageResentAfterTheOutageIsDeliveredOnce() {
        String run = "Opgivet " + UUID.randomUUID();
        TestMail.sink().stop();
        try {
            TopicProbe.send(
                    Infrastructure.kafka(),
                    "anskaf.catalog.promotions",
                    "1",
                    SmtpOutageIntegrationTests.requested(run)
                            .replace("\"tenantid\":\"0710\"", "\"tenantid\":\"0706\""));
            awaitStatus(run, "DEAD");
        } finally {
            TestMail.sink().restart();
        }
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run)).isEmpty();

        HttpResponse<String> dead =
                api.get("/api/v1/mail-messages?status=DEAD", user("0706", "Syddjurs", "administrator"));
        String id = dead.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\",\"tenantId\":\"0706\".*", "$1");
        HttpResponse<String> resent =
                api.post("/api/v1/mail-messages/" + id + "/resend", user("0706", "Syddjurs", "administrator"), "");

        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(ReceivedMail.await(run, 1)).hasSize(1);
        awaitStatus(run, "SENT");
        assertThat(api.post("/api/v1/mail-messages/" + id + "/resend", user("0706", "Syddjurs", "administrator"), "")
                        .statusCode())
                .isEqualTo(409);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(ReceivedMail.about(run)).hasSize(1);
    }

    private void awaitStatus(String subjectPart, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!status.equals(status(subjectPart)) && System.nanoTime() < deadline) {
            ReceivedMail.sleep(Duration.ofMillis(100));
        }
        assertThat(status(subjectPart)).isEqualTo(status);
    }

    private String status(String subjectPart) {
        return fixture.acrossTenants(() -> jdbc.sql("select status from mail_message where subject like ?")
                .param("%" + subjectPart + "%")
                .query(String.class)
                .optional()
                .orElse(null));
    }
}
