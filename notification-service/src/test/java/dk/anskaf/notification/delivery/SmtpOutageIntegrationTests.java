package dk.anskaf.notification.delivery;

import static dk.anskaf.notification.NotificationApi.operator;
import static dk.anskaf.notification.NotificationApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dk.anskaf.notification.ReceivedMail;
import dk.anskaf.platform.test.api.ApiClient;
import dk.anskaf.platform.test.fixture.IntegrationFixture;
import dk.anskaf.platform.test.infra.Infrastructure;
import dk.anskaf.platform.test.kafka.TopicProbe;
import dk.anskaf.platform.test.mail.TestMail;
import dk.anskaf.platform.test.spring.AnskafIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@AnskafIntegrationTest
@TestPropertySource(
        properties = {
            "anskaf.notification.board-addresses=kravredaktion@outage.test",
            "anskaf.notification.retry-backoff=300ms"
        })
class SmtpOutageIntegrationTests {

    @Autowired
    ApiClient api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IntegrationFixture fixture;

    @Test
    void smtpDownDuringAHundredEventsLosesNoneAndSendsNoneTwice() {
        String run = "Udfald " + UUID.randomUUID();
        TestMail.sink().stop();
        try {
            for (int i = 0; i < 100; i++) {
                TopicProbe.send(
                        Infrastructure.kafka(),
                        "anskaf.catalog.promotions",
                        String.valueOf(i),
                        requested(run + " #" + i));
            }
            awaitCount(run, "status in ('FAILED', 'QUEUED', 'SENDING')", 100);
            awaitCount(run, "attempts >= 2", 1); // retried while the server was away
        } finally {
            TestMail.sink().restart();
        }

        List<MimeMessage> delivered = ReceivedMail.await(run, 100);
        ReceivedMail.sleep(Duration.ofSeconds(3));

        assertThat(ReceivedMail.about(run)).hasSize(100);
        Set<String> subjects = new HashSet<>();
        for (MimeMessage mail : delivered) {
            subjects.add(subject(mail));
        }
        assertThat(subjects).hasSize(100);
        assertThat(count(run, "status = 'SENT'")).isEqualTo(100);
    }

    @Test
    void theDeliveryLogShowsAMessageToItsMunicipalityAndTheOperatorOnly() {
        String run = "Log " + UUID.randomUUID();
        TopicProbe.send(
                Infrastructure.kafka(),
                "anskaf.catalog.promotions",
                "x",
                requested(run).replace("\"tenantid\":\"0710\"", "\"tenantid\":\"0727\""));
        awaitCount(run, "status = 'SENT'", 1);

        HttpResponse<String> own = api.get(
                "/api/v1/mail-messages?type=promotion-requested&status=SENT", user("0727", "Odder", "administrator"));
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(run).contains("\"tenantId\":\"0727\"").contains("\"attempts\":");

        HttpResponse<String> other = api.get("/api/v1/mail-messages", user("0710", "Favrskov", "administrator"));
        assertThat(other.body()).doesNotContain(run);
        assertThat(api.get("/api/v1/mail-messages?municipality=0727", user("0710", "Favrskov", "administrator"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/mail-messages", user("0727", "Odder", "editor"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/mail-messages?municipality=0727", operator())
                        .body())
                .contains(run);
        assertThat(api.get("/api/v1/mail-messages?status=LOST", operator()).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aPermanentFailureIsDeadAfterOneAttemptAndResendingItTriesAgain() {
        String run = "Permanent " + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        fixture.acrossTenants(
                () -> jdbc.sql("""
                        insert into mail_message (id, tenant_id, idempotency_key, event_id, template, recipient,
                                                  from_name, subject, body_text, body_html, status)
                        values (?, '0727', ?, ?, 'invitation', 'ikke en adresse@@eksempel', 'Odder Kommune', ?,
                                'tekst', '<p>tekst</p>', 'QUEUED')
                        """).params(id, id.toString(), id, run).update());

        awaitCount(run, "status = 'DEAD' and attempts = 1", 1);
        ReceivedMail.sleep(Duration.ofSeconds(2));
        assertThat(count(run, "attempts = 1")).isEqualTo(1);

        assertThat(api.post("/api/v1/mail-messages/" + id + "/resend", user("0710", "Favrskov", "administrator"), "")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> resent =
                api.post("/api/v1/mail-messages/" + id + "/resend", user("0727", "Odder", "administrator"), "");
        assertThat(resent.statusCode()).isEqualTo(200);
        awaitCount(run, "status = 'DEAD' and attempts = 1 and last_error like 'Ugyldig adresse%'", 1);
        assertThat(api.post("/api/v1/mail-messages/" + UUID.randomUUID() + "/resend", operator(), "")
                        .statusCode())
                .isEqualTo(404);
    }

    private void awaitCount(String subjectPart, String condition, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count(subjectPart, condition) < expected && System.nanoTime() < deadline) {
            ReceivedMail.sleep(Duration.ofMillis(100));
        }
        assertThat(count(subjectPart, condition)).as(condition).isGreaterThanOrEqualTo(expected);
    }

    private long count(String subjectPart, String condition) {
        return fixture.acrossTenants(
                () -> jdbc.sql("select count(*) from mail_message where subject like ? and " + condition)
                        .param("%" + subjectPart + "%")
                        .query(Long.class)
                        .single());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String requested(String requirementName) {
        return """
                {"specversion":"1.0","id":"%s","source":"/anskaf/catalog-service",
                 "type":"dk.anskaf.catalog.requirement-promotion-requested.v1","subject":"1",
                 "time":"2026-11-27T10:00:00Z","datacontenttype":"application/json","tenantid":"0710",
                 "data":{"requestId":"%s","requirementId":1,"requirementName":"%s","category":"Sikkerhed",
                         "priority":"Krav","target":"CROSS_MUNICIPAL","reason":"Grund","requestedByName":"Rita",
                         "requestedByEmail":"rita@favrskov.example","municipalityName":"Favrskov Kommune",
                         "kommunekode":"0710"}}""".formatted(UUID.randomUUID(), UUID.randomUUID(), requirementName);
    }
}
